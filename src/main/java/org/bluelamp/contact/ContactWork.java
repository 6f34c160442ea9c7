package org.bluelamp.contact;

import org.bluelamp.contact.clocks.ServiceClocks;
import org.bluelamp.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything staff do to a contact. Each action changes the contact, writes its line in the timeline and, when it
 * concerns the reporter, publishes an event for messaging — all in one transaction, so none happens without the
 * others. The caller has already found the contact within the member of staff's scope and checked the input.
 */
@Service
@Transactional
public class ContactWork {

    /** How an answer sent from "Check your report" came (information_request.answered_how). */
    private static final String ONLINE = "online";

    private final Contacts contacts;
    private final Timeline timeline;
    private final Assessments assessments;
    private final InformationRequests requests;
    private final ContactLinks links;
    private final Conversations conversations;
    private final ServiceClocks clocks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactWork(Contacts contacts, Timeline timeline, Assessments assessments, InformationRequests requests,
                ContactLinks links, Conversations conversations, ServiceClocks clocks, ApplicationEventPublisher events,
                Clock clock) {
        this.conversations = conversations;
        this.contacts = contacts;
        this.timeline = timeline;
        this.assessments = assessments;
        this.requests = requests;
        this.links = links;
        this.clocks = clocks;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Contact with the reporter: the first meets the first-contact clock; each restarts the update clock (28 days, or
     * sooner if the reporter agreed to hear more often).
     */
    public void recordContactWithReporter(Contact contact, StaffMember by, String how, String note) {
        var now = clock.instant();
        contacts.contactedReporter(contact.id(), now, contact.finished() ? null
                : clocks.victimUpdateDue(now, contact.agreedUpdates()));
        timeline.append(contact.id(), now, by.username(),
                new Happening.ContactedReporter(contact.firstContactAt() == null, how, note));
    }

    /** A THRIVE assessment; a re-assessment is another, and the contact shows the latest. */
    public void assess(Contact contact, StaffMember by, Assessment input) {
        var now = clock.instant();
        var assessment = new Assessment(UUID.randomUUID(), contact.id(), by.username(), now, input.threat(),
                input.harm(), input.risk(), input.investigation(), input.vulnerability(), input.engagement(),
                input.riskLevel(), input.vulnerabilities(), input.grading(), input.openingCategory());
        assessments.add(assessment);
        contacts.assessed(contact.id(), now, input.riskLevel(), input.vulnerabilities(), input.grading(),
                clocks.gradingDue(input.grading(), now), input.openingCategory());
        timeline.append(contact.id(), now, by.username(), new Happening.Assessed(contact.assessed(),
                input.riskLevel().code(), input.grading().code(), input.openingCategory(),
                String.join(", ", input.vulnerabilities().stream().map(Vulnerability::code).toList())));
        events.publishEvent(new ContactAssessed(contact.id(), contact.reference(), contact.reportId(),
                contact.assessed(), input.riskLevel().code(), input.grading().code(), now));
    }

    /**
     * The crime-recording decision. It is a key decision, so the victim is owed an update within the working days
     * the Victims' Code allows, unless one is due sooner already.
     */
    public void decideCrime(Contact contact, StaffMember by, boolean recorded, ContactChoices.Classification classification,
                            String reason) {
        var now = clock.instant();
        var update = earliest(contact.victimUpdateDue(), clocks.keyDecisionUpdateDue(now));
        contacts.crimeDecided(contact.id(), now, recorded, recorded ? classification.label() : null, update);
        timeline.append(contact.id(), now, by.username(), recorded
                ? new Happening.CrimeRecorded(classification.label()) : new Happening.NotACrime(reason));
        events.publishEvent(new CrimeDecisionMade(contact.id(), contact.reference(), contact.reportId(), recorded,
                recorded ? classification.label() : null, recorded ? null : reason, now));
    }

    public UUID requestInformation(Contact contact, StaffMember by, String question) {
        var now = clock.instant();
        var id = UUID.randomUUID();
        requests.add(id, contact.id(), question, by.username(), now);
        contacts.awaitInformation(contact.id(), now);
        timeline.append(contact.id(), now, by.username(), new Happening.InformationRequested(question));
        events.publishEvent(new InformationRequested(contact.id(), contact.reference(), contact.reportId(), id,
                question, now));
        return id;
    }

    /**
     * An answer the reporter gave staff (by phone, say): it is contact with them too. Once nothing is left to
     * answer, the contact is back in progress. Says whether the request was still waiting.
     */
    public boolean recordAnswer(Contact contact, StaffMember by, UUID requestId, String answer, String how) {
        return answer(contact, by.username(), requestId, answer, how,
                new Happening.InformationReceived(how, answer, null));
    }

    /**
     * The reporter's own answer, sent online from "Check your report", with the names of any files they sent with
     * it: the same as an answer taken by phone, so the contact is back in progress for its handler once nothing is
     * left to answer. Says whether the request was still waiting.
     */
    public boolean recordOnlineAnswer(Contact contact, UUID requestId, String answer, List<String> fileNames) {
        return answer(contact, TimelineEntry.REPORTER, requestId, answer, ONLINE,
                new Happening.InformationReceived(ONLINE, answer, String.join(", ", fileNames)));
    }

    /**
     * Information the reporter added online without being asked: a line in the timeline for whoever works the
     * contact, and the contact's last activity; where it stands is unchanged.
     */
    public void recordAddedInformation(Contact contact, String information, List<String> fileNames) {
        var now = clock.instant();
        contacts.touched(contact.id(), now);
        timeline.append(contact.id(), now, TimelineEntry.REPORTER,
                new Happening.InformationAdded(ONLINE, information, String.join(", ", fileNames)));
    }

    /**
     * A message the reporter sent from "Check your report": in the conversation, unread for whoever holds the contact,
     * on the timeline, and a reply owed within {@code replyWithinWorkingDays} (unless one is owed already).
     */
    public void recordReporterMessage(Contact contact, String words, List<String> fileNames,
                                      int replyWithinWorkingDays) {
        var now = clock.instant();
        conversations.fromReporter(UUID.randomUUID(), contact.id(), now, words, fileNames);
        contacts.messageReceived(contact.id(), now, clocks.workingDays().plusWorkingDays(now, replyWithinWorkingDays));
        timeline.append(contact.id(), now, TimelineEntry.REPORTER,
                new Happening.MessageReceived(words, String.join(", ", fileNames)));
    }

    /**
     * A reply to the reporter: in the conversation, read by them on "Check your report"; it stops the reply clock, and
     * whoever replies has read what came before. The reporter is told there is a new message (never its words).
     *
     * @param signedAs how the reporter is told who wrote it: the officer's or the team's name, or null for the force
     */
    public void reply(Contact contact, StaffMember by, String words, String signedAs) {
        var now = clock.instant();
        var id = UUID.randomUUID();
        conversations.markRead(contact.id(), by.username(), now);
        conversations.reply(id, contact.id(), now, words, by.username(), signedAs);
        contacts.replied(contact.id(), now);
        timeline.append(contact.id(), now, by.username(), new Happening.MessageReplied(words));
        events.publishEvent(new ReplySent(contact.id(), contact.reference(), contact.reportId(), id, now));
    }

    private boolean answer(Contact contact, String actor, UUID requestId, String answer, String how,
                           Happening.InformationReceived received) {
        var now = clock.instant();
        if (!requests.answer(requestId, contact.id(), answer, how, actor, now)) {
            return false;
        }
        boolean stillWaiting = requests.of(contact.id()).stream().anyMatch(r -> !r.answered());
        contacts.answered(contact.id(), now, stillWaiting);
        timeline.append(contact.id(), now, actor, received);
        return true;
    }

    /** To a team, or to an officer (and so their team): it leaves the open queues for theirs. */
    public void allocate(Contact contact, StaffMember by, String team, StaffMember officer) {
        var now = clock.instant();
        String toTeam = officer != null && officer.team() != null ? officer.team() : team;
        String toOfficer = officer == null ? null : officer.username();
        contacts.allocate(contact.id(), now, toTeam, toOfficer);
        timeline.append(contact.id(), now, by.username(),
                new Happening.Allocated(toTeam, officer == null ? null : officer.displayName()));
        events.publishEvent(new ContactAllocated(contact.id(), contact.reference(), contact.reportId(), toTeam,
                toOfficer, now));
    }

    /**
     * How often the reporter agreed to be kept updated: on "Check your report", and on the timeline. It drives the
     * update clock from now on: the next update is due by the agreed period from now if that is sooner than the
     * clock already running (agreeing is itself talking to them); a longer period waits for the next contact.
     */
    public void agreeUpdates(Contact contact, StaffMember by, UpdateFrequency frequency) {
        var now = clock.instant();
        contacts.agreeUpdates(contact.id(), now, frequency,
                earliest(contact.victimUpdateDue(), clocks.victimUpdateDue(now, frequency)));
        timeline.append(contact.id(), now, by.username(), new Happening.UpdatesAgreed(frequency.code()));
    }

    /** Links two contacts; each timeline says so. Says whether they were not linked already. */
    public boolean link(Contact contact, StaffMember by, Contact other, String kind) {
        var now = clock.instant();
        if (!links.link(contact.id(), other.id(), kind, by.username(), now)) {
            return false;
        }
        timeline.append(contact.id(), now, by.username(), new Happening.Linked(other.reference(), kind));
        timeline.append(other.id(), now, by.username(), new Happening.Linked(contact.reference(), kind));
        return true;
    }

    public void refer(Contact contact, StaffMember by, String organisation, String reason) {
        var now = clock.instant();
        contacts.refer(contact.id(), now, organisation);
        timeline.append(contact.id(), now, by.username(), new Happening.Referred(organisation, reason));
        events.publishEvent(new ContactReferred(contact.id(), contact.reference(), contact.reportId(), organisation,
                reason, now));
    }

    /** Filed for information: nothing more will be done, and no more updates are owed. */
    public void file(Contact contact, StaffMember by, String note, String closingCategory) {
        var now = clock.instant();
        contacts.file(contact.id(), note, closingCategory, now);
        finished(contact, by, new Happening.Filed(note, closingCategory), note, true, closingCategory, now);
    }

    /** Closed with an outcome written for the reporter, who is told it. */
    public void close(Contact contact, StaffMember by, String outcome, String closingCategory) {
        var now = clock.instant();
        contacts.close(contact.id(), outcome, closingCategory, now);
        finished(contact, by, new Happening.Closed(outcome, closingCategory), outcome, false, closingCategory, now);
    }

    public void reopen(Contact contact, StaffMember by, String reason) {
        var now = clock.instant();
        contacts.reopen(contact.id(), now, clocks.victimUpdateDue(now, contact.agreedUpdates()));
        timeline.append(contact.id(), now, by.username(), new Happening.Reopened(reason));
        events.publishEvent(new ContactReopened(contact.id(), contact.reference(), contact.reportId(), reason, now));
    }

    private void finished(Contact contact, StaffMember by, Happening what, String outcome, boolean filed,
                          String category, Instant now) {
        timeline.append(contact.id(), now, by.username(), what);
        events.publishEvent(new ContactClosed(contact.id(), contact.reference(), contact.reportId(), outcome, filed,
                now, category));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : a.isBefore(b) ? a : b;
    }
}
