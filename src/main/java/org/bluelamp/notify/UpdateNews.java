package org.bluelamp.notify;

import org.bluelamp.platform.Texts;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an update tells the reporter has happened, in words that say nothing of the report itself (an email may be
 * read by others): who has it, or what was decided, is on "Check your report".
 */
enum UpdateNews {
    ALLOCATED("allocated"),
    CRIME_DECISION("crime-decision"),
    REFERRED("referred"),
    REOPENED("reopened");

    private final String code;

    /** @param code also the end of its words' message key: notify.update.{code} */
    UpdateNews(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** One line of the email's list, in a language. */
    String line(Texts texts) {
        return "- " + texts.t("notify.update." + code);
    }

    static Optional<UpdateNews> fromCode(String code) {
        return Arrays.stream(values()).filter(news -> news.code.equals(code)).findFirst();
    }
}
