package org.bluelamp.contact;

import org.bluelamp.contact.clocks.DueState;
import org.bluelamp.contact.clocks.ServiceClocks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A contact's service-level clocks as they stand: each running one with its deadline and whether it is due soon or
 * overdue, and those already met. A finished contact has none running. Matches {@link Contacts#NEXT_DUE}.
 */
public record ContactClocks(List<Running> running, List<Met> met) {

    /**
     * @param name "first-contact", "crime-decision", "grading", "victim-update" or "reply" (messages: clock.*)
     */
    public record Running(String name, Instant due, DueState state) {
    }

    public record Met(String name, Instant due, Instant at) {

        public boolean late() {
            return due != null && at.isAfter(due);
        }
    }

    static ContactClocks of(Contact contact, ServiceClocks clocks, Instant now) {
        var running = new ArrayList<Running>();
        var met = new ArrayList<Met>();
        if (contact.firstContactAt() != null) {
            met.add(new Met("first-contact", contact.firstResponseDue(), contact.firstContactAt()));
        } else if (!contact.finished()) {
            running.add(new Running("first-contact", contact.firstResponseDue(),
                    clocks.state(contact.firstResponseDue(), now)));
        }
        if (contact.crimeDecidedAt() != null) {
            met.add(new Met("crime-decision", contact.crimeDecisionDue(), contact.crimeDecidedAt()));
        } else if (contact.crimeDecisionDue() != null && !contact.finished()) {
            running.add(new Running("crime-decision", contact.crimeDecisionDue(),
                    clocks.state(contact.crimeDecisionDue(), now)));
        }
        if (contact.gradingDue() != null && gradingRunning(contact.status())) {
            running.add(new Running("grading", contact.gradingDue(), clocks.state(contact.gradingDue(), now)));
        }
        if (contact.victimUpdateDue() != null && !contact.finished()) {
            running.add(new Running("victim-update", contact.victimUpdateDue(),
                    clocks.state(contact.victimUpdateDue(), now)));
        }
        if (contact.replyDue() != null && !contact.finished()) {
            running.add(new Running("reply", contact.replyDue(), clocks.state(contact.replyDue(), now)));
        }
        running.sort(Comparator.comparing(Running::due));
        return new ContactClocks(List.copyOf(running), List.copyOf(met));
    }

    /** A grading's target is met once someone is sent (allocated), it is passed on, or it is finished. */
    private static boolean gradingRunning(ContactStatus status) {
        return status == ContactStatus.NEW || status == ContactStatus.IN_PROGRESS
                || status == ContactStatus.AWAITING_INFORMATION;
    }

    public Optional<Running> next() {
        return running.stream().findFirst();
    }

    public List<Running> breached() {
        return running.stream().filter(r -> r.state() == DueState.OVERDUE).toList();
    }
}
