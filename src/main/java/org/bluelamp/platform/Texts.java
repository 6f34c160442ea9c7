package org.bluelamp.platform;

import org.bluelamp.platform.language.Dates;
import org.bluelamp.platform.language.Language;

import java.util.Locale;

/** Words by message key, in the reader's language. */
@FunctionalInterface
public interface Texts {

    String t(String key, Object... args);

    /**
     * The language of these words. A page's {@link Frame} and {@code LanguageTexts} say theirs; words made from a
     * bare lambda (tests, staff-only English) are English.
     */
    default Locale locale() {
        return Language.ENGLISH.locale();
    }

    /** Dates and times in the same language as these words, so code handed a page's words writes its dates too. */
    default Dates dates() {
        return new Dates(this, locale());
    }
}
