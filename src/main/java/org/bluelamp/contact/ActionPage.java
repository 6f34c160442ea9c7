package org.bluelamp.contact;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.staff.StaffMember;

import java.util.List;

/**
 * An action's form on a contact.
 *
 * @param action    the action's code, e.g. "assess"
 * @param officers  whom a contact may be allocated to (for allocation)
 * @param waiting   the reporter's unanswered questions (for recording an answer)
 * @param requestId the question chosen from the contact's page, if any
 * @param maxLength the longest text a box takes
 */
public record ActionPage(Contact contact, String action, Entered entered, FormErrors errors, ContactChoices choices,
                         List<StaffMember> officers, List<InformationRequest> waiting, String requestId,
                         int maxLength) {

    /** The value to show: what was typed, or for a question asked from the contact's page, that one. */
    public String value(String name) {
        if (name.equals("request") && entered.get(name).isEmpty() && requestId != null) {
            return requestId;
        }
        return entered.get(name);
    }

    public boolean chosen(String name, String value) {
        return entered.has(name, value) || value.equals(value(name));
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
