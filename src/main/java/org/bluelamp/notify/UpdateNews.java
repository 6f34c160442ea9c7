package org.bluelamp.notify;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an update tells the reporter has happened, in words that say nothing of the report itself (an email may be
 * read by others): who has it, or what was decided, is on "Check your report".
 */
enum UpdateNews {
    ALLOCATED("allocated", "It is now with the team or officer who will deal with it."),
    CRIME_DECISION("crime-decision", "We have decided whether to record it as a crime."),
    REFERRED("referred", "We have passed it to another organisation."),
    REOPENED("reopened", "We are looking at it again.");

    private final String code;
    private final String words;

    UpdateNews(String code, String words) {
        this.code = code;
        this.words = words;
    }

    String code() {
        return code;
    }

    /** One line of the email's list. */
    String line() {
        return "- " + words;
    }

    static Optional<UpdateNews> fromCode(String code) {
        return Arrays.stream(values()).filter(news -> news.code.equals(code)).findFirst();
    }
}
