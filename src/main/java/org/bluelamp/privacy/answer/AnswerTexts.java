package org.bluelamp.privacy.answer;

import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.language.Dates;
import org.bluelamp.platform.language.English;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Instant;
import java.util.Locale;

/**
 * The words of the answer, from messages.properties like every page's, and its dates as people in the UK write them.
 * The writers make their own, so that they work the same with or without Spring.
 */
final class AnswerTexts {


    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    AnswerTexts() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    /** The requester's language is not stored with a request yet: the answer's dates are English until it is. */
    private static Dates dates() {
        return English.untilLanguageIsStored();
    }

    /** "25 November 2026". */
    static String date(Instant at) {
        return dates().date(at);
    }

    /** "25 November 2026 at 3:04pm", as GOV.UK writes times. */
    String dateAndTime(Instant at) {
        return t("privacy.answer.date-time", dates().date(at), dates().clockTime(at.atZone(LondonTime.ZONE).toLocalTime()));
    }
}
