package org.bluelamp.platform.language;

import org.bluelamp.platform.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Words and dates in a given language, for what is written away from a page: an email, a text, the answer to a
 * request for your information. A page has its own in its {@link org.bluelamp.platform.Frame}.
 */
@Component
public class LanguageTexts {

    private final MessageSource messages;

    LanguageTexts(MessageSource messages) {
        this.messages = messages;
    }

    public Texts texts(Language language) {
        return new InLanguage(messages, language.locale());
    }

    public Dates dates(Language language) {
        return texts(language).dates();
    }

    /** Words that know their language, so their {@link Texts#dates()} are in it too. */
    private record InLanguage(MessageSource messages, Locale locale) implements Texts {

        @Override
        public String t(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }
}
