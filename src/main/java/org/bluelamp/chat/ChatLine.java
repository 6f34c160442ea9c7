package org.bluelamp.chat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of a chat.
 *
 * @param seq           1 for the chat's first line, then 2, 3...: the order everyone sees them in
 * @param staffUsername the handler who typed it; null for the person's and the service's lines
 * @param flaggedWords  the words of a person's line that matched the possible-emergency rules; empty if none
 */
public record ChatLine(UUID chatId, int seq, Speaker speaker, String staffUsername, String text,
                       List<String> flaggedWords, Instant at) {

    public ChatLine {
        flaggedWords = List.copyOf(flaggedWords);
    }

    public boolean flagged() {
        return !flaggedWords.isEmpty();
    }
}
