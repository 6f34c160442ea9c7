package org.bluelamp.tracking;

import org.bluelamp.contact.EvidenceLinkSent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every evidence link sent, as the message module would receive it, so tests can open the link a person gets. */
@Component
public class EvidenceLinksForTests {

    private final List<EvidenceLinkSent> sent = new CopyOnWriteArrayList<>();

    @EventListener
    void on(EvidenceLinkSent event) {
        sent.add(event);
    }

    /** The path of the newest link sent for the report with this reference. */
    public String lastPathFor(String reference) {
        return sent.reversed().stream().filter(e -> e.reference().value().equals(reference))
                .map(EvidenceLinkSent::path).findFirst()
                .orElseThrow(() -> new AssertionError("No evidence link was sent for " + reference));
    }
}
