package org.bluelamp.tracking;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.reporting.AdditionForm;

import java.time.Instant;

/**
 * "Send a message about your report".
 *
 * @param form         the words and files as the add-information form checks them (for the file input's rules)
 * @param words        what was typed, kept when there is an error
 * @param limitedUntil when the day's messages are used up, when another may be sent; null otherwise
 * @param perDay       how many messages a report may send in a day
 * @param replyWithin  working days within which we aim to reply
 */
public record MessagePage(AdditionForm form, String words, FormErrors errors, Instant limitedUntil, int perDay,
                          int replyWithin) {

    public String wordsField() {
        return ReporterConversation.WORDS;
    }

    public int maxLength() {
        return ReporterConversation.MAX_LENGTH;
    }
}
