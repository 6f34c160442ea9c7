package org.bluelamp.relay.message;

import org.bluelamp.relay.RelayOpening;
import org.bluelamp.platform.Texts;
import org.bluelamp.relay.RelayHours;
import org.bluelamp.reporting.ConfirmationNote;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/** The confirmation of a BSL video message says when an interpreter will watch it: now, or when the relay opens. */
@Component
class WhenMessagesAreWatched implements ConfirmationNote {

    private final RelayHours hours;
    private final Clock clock;

    WhenMessagesAreWatched(RelayHours hours, Clock clock) {
        this.hours = hours;
        this.clock = clock;
    }

    @Override
    public List<String> paragraphs(String serviceId, Texts texts) {
        if (!BslMessageStartController.SERVICE.equals(serviceId)) {
            return List.of();
        }
        var opening = RelayOpening.at(hours, clock.instant(), texts);
        return List.of(opening.open() ? texts.t("relay.message.sent.open")
                        : texts.t("relay.message.sent.closed", opening.nextOpens()),
                texts.t("relay.message.sent.hours", opening.hours()));
    }
}
