package org.bluelamp.platform.language;

import org.bluelamp.platform.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

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
        return (key, args) -> messages.getMessage(key, args, language.locale());
    }

    public Dates dates(Language language) {
        return new Dates(texts(language), language.locale());
    }
}
