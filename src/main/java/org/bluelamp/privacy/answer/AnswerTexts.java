package org.bluelamp.privacy.answer;

import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Instant;
import java.util.Locale;

/**
 * The words and dates of one answer, in the language the request was made in, from the same files as every page's
 * (messages, with staff-messages behind them). The writers make their own source, so that they work the same with or
 * without Spring; a language with no file of its own falls back to the base files, never to the machine's language.
 */
record AnswerTexts(MessageSource messages, Language language) implements Texts {

    /** The source the writers share: UTF-8, as the files are written. */
    static MessageSource source() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "staff-messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Override
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    @Override
    public Locale locale() {
        return language.locale();
    }

    /** A record's kind in words ("Report", "Adroddiad"); a kind with no words of its own as it is. */
    String kind(String code) {
        return messages.getMessage("privacy.answer.kind." + code, null, code, language.locale());
    }

    /** "25 November 2026", "25 Tachwedd 2026". */
    String date(Instant at) {
        return dates().date(at);
    }

    /** "25 November 2026 at 3:04pm", as GOV.UK writes times; "am" in Welsh. */
    String dateAndTime(Instant at) {
        return t("privacy.answer.date-time", dates().date(at),
                dates().clockTime(at.atZone(LondonTime.ZONE).toLocalTime()));
    }
}
