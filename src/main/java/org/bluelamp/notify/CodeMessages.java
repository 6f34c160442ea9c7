package org.bluelamp.notify;

import org.bluelamp.platform.codes.OneTimeCodeIssued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sends one-time codes where the person asked for them: by email, or by text to a mobile. A code is wanted now, so
 * it waits for no safe time (the person asking is the one reading).
 */
@Component
class CodeMessages {

    private final MessageWriter writer;
    private final Clock clock;

    CodeMessages(MessageWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OneTimeCodeIssued issued) {
        var now = clock.instant();
        var delivery = Delivery.now(issued.email(), issued.phone(), now);
        if (delivery.isEmpty()) {
            return;
        }
        // No default: a new purpose without its own message does not compile.
        var kind = switch (issued.purpose()) {
            case TRACK_REPORT -> MessageKind.TRACKING_CODE;
            case RESUME -> MessageKind.RESUME_CODE;
            case DATA_ANSWER -> MessageKind.DATA_ANSWER_CODE;
        };
        long seconds = Duration.between(now, issued.expiresAt()).toSeconds();
        long minutes = Math.max(1, (seconds + 59) / 60);
        writer.write(kind, issued.challengeId() + "#" + issued.sending(), issued.reference(),
                Map.of("code", issued.code(), "minutes", Long.toString(minutes)), issued.expiresAt(),
                List.of(delivery.get()));
    }
}
