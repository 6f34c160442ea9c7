package org.bluelamp.contact;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.form.Entered;
import org.bluelamp.reporting.SubmittedReport;
import org.bluelamp.reporting.SupportNeeds;
import org.bluelamp.staff.StaffMember;

import java.util.List;

/**
 * An action's form on a contact.
 *
 * @param action    the action's code, e.g. "assess"
 * @param officers  whom a contact may be allocated to (for allocation)
 * @param waiting   the reporter's unanswered questions (for recording an answer)
 * @param maxLength the longest text a box takes
 * @param beside    what the reporter told us, shown beside the form (for an assessment); null for other actions
 * @param conversation what the reply answers (for a reply); null for other actions
 */
public record ActionPage(Contact contact, String action, Entered entered, FormErrors errors, ContactChoices choices,
                         List<StaffMember> officers, List<InformationRequest> waiting, int maxLength,
                         ReportBeside beside, ReplyBeside conversation) {

    /** The report and the support its reporter asked for, read (and recorded as a look) for the form. */
    public record ReportBeside(SubmittedReport report, SupportNeeds supportNeeds) {
    }

    /**
     * The conversation a reply answers, read (and recorded as a look) for the form.
     *
     * @param reporterReachable whether the reporter can be told of a reply (else they see it only online)
     */
    public record ReplyBeside(List<ConversationMessage> messages, boolean reporterReachable) {
    }

    /** The value to show: what was typed, or what the link to the form filled in. */
    public String value(String name) {
        return entered.get(name);
    }

    /** How staff may have been in touch with the reporter: codes for messages how.*. */
    public List<String> ways() {
        return ActionForm.HOW;
    }

    public List<Vulnerability> vulnerabilities() {
        return List.of(Vulnerability.values());
    }

    public List<Risk> risks() {
        return List.of(Risk.values());
    }

    public List<Grading> gradings() {
        return List.of(Grading.values());
    }
}
