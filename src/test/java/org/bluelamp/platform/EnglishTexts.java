package org.bluelamp.platform;

import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

/** The application's real English messages, for tests of rules that produce messages. */
public final class EnglishTexts {

    private EnglishTexts() {
    }

    public static Texts load() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "staff-messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return (key, args) -> source.getMessage(key, args, Locale.UK);
    }
}
