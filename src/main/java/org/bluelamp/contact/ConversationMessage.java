package org.bluelamp.contact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message in the conversation about a report: the reporter's, sent from "Check your report", or a reply from
 * staff.
 *
 * @param fileNames the names of the files sent with a reporter's message
 * @param writtenBy the member of staff's username, for a reply (staff pages only; never shown to the reporter)
 * @param signedAs  how the reporter is told who replied: the officer's or the team's name; null for the force
 * @param readAt    when whoever holds the contact first opened a reporter's message; null while unread
 */
public record ConversationMessage(UUID id, Instant at, boolean fromReporter, String words, List<String> fileNames,
                                  String writtenBy, String signedAs, Instant readAt) {

    public ConversationMessage {
        fileNames = fileNames == null ? List.of() : List.copyOf(fileNames);
    }

    public boolean unread() {
        return fromReporter && readAt == null;
    }
}
