package org.bluelamp.tracking;

import org.bluelamp.reporting.AdditionForm;
import org.bluelamp.reporting.Reference;

/**
 * The pages of an evidence link.
 */
public final class EvidencePage {

    private EvidencePage() {
    }

    /**
     * Before the code step: what the link is for, and a button to send a code.
     *
     * @param sentTo where the code goes, partly hidden ("a•••@example.com"): whoever holds the link sees it
     */
    public record Start(String action, String sentTo) {
    }

    /**
     * After the code step: what was asked for and the form.
     *
     * @param note what the member of staff asked for in their words; "" if they wrote nothing
     */
    public record Upload(Reference reference, String note, AdditionForm form) {
    }

    /** A link that no longer works: {@code reason} is "used", "replaced" or "expired" (also for one that never was). */
    public record Gone(String reason) {
    }
}
