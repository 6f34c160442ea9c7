package org.bluelamp.platform.language;

import org.bluelamp.platform.Texts;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * English dates for writing that has no page to take a language from. Two reasons, each its own name so that every
 * use can be found: staff screens built away from their page (staff read English), and writing for a member of the
 * public whose language is not stored yet ({@link #untilLanguageIsStored()}: each use goes when it is stored).
 */
public final class English {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();
    private static final Texts TEXTS;

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
        TEXTS = (key, args) -> MESSAGES.getMessage(key, args, Language.ENGLISH.locale());
    }

    private English() {
    }

    /** For staff screens and staff-only records, which are English. */
    public static Dates forStaff() {
        return TEXTS.dates();
    }

    /** For a member of the public whose language is not stored yet: English until it is (see docs/languages.md). */
    public static Dates untilLanguageIsStored() {
        return TEXTS.dates();
    }
}
