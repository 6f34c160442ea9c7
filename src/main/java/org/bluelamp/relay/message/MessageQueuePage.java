package org.bluelamp.relay.message;

import org.bluelamp.reporting.Reference;
import org.bluelamp.platform.Texts;

import java.time.Instant;
import java.util.List;

/**
 * The interpreters' queue as shown: each waiting message with when it came and how long it has waited.
 *
 * @param total      how many are waiting, which may be more than are listed
 * @param translated the reference of the message just translated, for the banner; null otherwise
 */
public record MessageQueuePage(List<Row> rows, int total, Reference translated) {

    public record Row(Reference reference, String received, String receivedIso, String waited) {
    }

    static MessageQueuePage of(List<VideoMessage> waiting, int total, Reference translated, Instant now, Texts texts) {
        return new MessageQueuePage(waiting.stream().map(message -> new Row(message.reference(),
                texts.dates().dateAndTime(message.receivedAt()), message.receivedAt().toString(),
                WaitingTime.describe(message.waitedUntil(now), texts))).toList(), total, translated);
    }
}
