package org.bluelamp.reporting;

import org.bluelamp.platform.codes.CodePurpose;
import org.bluelamp.platform.codes.OneTimeCodeIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The links and codes that the message module would send for drafts saved for later. */
@Component
public class SavedForLaterEventsForTests {

    private final List<DraftSavedForLater> links = new CopyOnWriteArrayList<>();
    private final List<OneTimeCodeIssued> codes = new CopyOnWriteArrayList<>();

    @EventListener
    void on(DraftSavedForLater event) {
        links.add(event);
    }

    @EventListener
    void on(OneTimeCodeIssued event) {
        codes.add(event);
    }

    /** The last link sent to this email address or phone (E.164). */
    public DraftSavedForLater lastLinkTo(String address) {
        return links.reversed().stream()
                .filter(e -> e.email() != null && e.email().value().equals(address)
                        || e.phone() != null && e.phone().e164().equals(address))
                .findFirst().orElseThrow(() -> new AssertionError("No link was sent to " + address));
    }

    /** The last code sent to this email address for reopening a draft. */
    public String lastCodeTo(String email) {
        return codes.reversed().stream()
                .filter(e -> e.purpose() == CodePurpose.RESUME && e.email() != null && e.email().value().equals(email))
                .map(OneTimeCodeIssued::code).findFirst()
                .orElseThrow(() -> new AssertionError("No code was sent to " + email));
    }

    public long codesTo(String email) {
        return codes.stream().filter(e -> e.email() != null && e.email().value().equals(email)).count();
    }
}
