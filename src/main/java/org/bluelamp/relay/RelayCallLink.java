package org.bluelamp.relay;

import org.bluelamp.reporting.ReportSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A relay call logged as a report is linked to its reference, so its contact can reach the recording. */
@Component
class RelayCallLink {

    private final RelayCalls calls;

    RelayCallLink(RelayCalls calls) {
        this.calls = calls;
    }

    @ApplicationModuleListener
    void on(ReportSubmitted submitted) {
        if (submitted.relayCallId() != null) {
            calls.linkReference(submitted.relayCallId(), submitted.reference());
        }
    }
}
