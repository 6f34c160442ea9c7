package org.bluelamp.tracking;

import org.bluelamp.platform.FormErrors;

import java.util.UUID;

/**
 * The code step. It reads the same whether or not the details matched a report.
 *
 * @param contact what the person typed as their email or phone, carried in the form to say where the code went
 * @param notice  a line above the form after asking for a new code, or null
 * @param then    where a passed code goes instead of the report: an evidence link's page ({@link EvidenceController}),
 *                or "" for the report
 */
public record CodePage(UUID challenge, String contact, FormErrors errors, String notice, String then) {

    public CodePage(UUID challenge, String contact, FormErrors errors, String notice) {
        this(challenge, contact, errors, notice, "");
    }

    public CodePage {
        then = EvidenceController.continueTo(then);
    }

    /** Where "Back" goes: the evidence link's page, or the start of "Check your report". */
    public String back() {
        return then.isEmpty() ? "/track" : then;
    }
}
