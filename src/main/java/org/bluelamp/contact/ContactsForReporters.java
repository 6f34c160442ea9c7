package org.bluelamp.contact;

import org.bluelamp.platform.language.Language;
import org.bluelamp.staff.StaffMember;
import org.bluelamp.staff.StaffMembers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The back office as the reporter sees it, for "Check your report": how their report is going, and their answers and
 * added information landing on the contact's timeline for whoever works it. The caller has proved the report is
 * theirs; what is shown leaves out everything internal.
 */
@Service
@Transactional
public class ContactsForReporters {

    private final Contacts contacts;
    private final Timeline timeline;
    private final InformationRequests requests;
    private final ContactWork work;
    private final Conversations conversations;
    private final StaffMembers staff;
    private final ContactChoices choices;
    private final RecordsSystemColumns recordsSystem;

    ContactsForReporters(Contacts contacts, Timeline timeline, InformationRequests requests, ContactWork work,
                         Conversations conversations, StaffMembers staff, ContactChoices choices,
                         RecordsSystemColumns recordsSystem) {
        this.recordsSystem = recordsSystem;
        this.conversations = conversations;
        this.staff = staff;
        this.choices = choices;
        this.contacts = contacts;
        this.timeline = timeline;
        this.requests = requests;
        this.work = work;
    }

    /** How the report is going; empty until its contact is open. */
    @Transactional(readOnly = true)
    public Optional<ReporterProgress> progress(UUID reportId) {
        var found = contacts.forReport(reportId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var contact = found.get();
        var questions = requests.of(contact.id()).stream().filter(r -> !r.answered())
                .map(r -> new ReporterProgress.OpenQuestion(r.id(), r.question(), r.requestedAt())).toList();
        var steps = new ArrayList<ReporterProgress.Step>();
        for (var entry : timeline.of(contact.id()).reversed()) {
            step(entry).ifPresent(steps::add);
        }
        var stage = ReporterProgress.Stage.of(contact.status());
        return Optional.of(new ReporterProgress(contact.reference(), contact.serviceId(), contact.serviceTitle(), contact.receivedAt(), stage,
                contact.status() == ContactStatus.CLOSED ? contact.outcome() : null, questions, steps));
    }

    /**
     * Who is dealing with the report and how often the reporter will hear; empty until its contact is open. An
     * officer is named by their display name, or not at all when that looks like an email address or the account is
     * gone (the team is named then); never by username. The team's name is in the reader's language.
     */
    @Transactional(readOnly = true)
    public Optional<ReporterHandling> handling(UUID reportId, Language language) {
        return contacts.forReport(reportId).map(contact -> {
            String officer = contact.allocatedTo() == null ? null : staff.find(contact.allocatedTo())
                    .map(StaffMember::displayName).filter(name -> !name.isBlank() && !name.contains("@"))
                    .orElse(null);
            String team = contact.allocatedTeam() == null ? null : choices.teamName(contact.allocatedTeam(), language);
            return new ReporterHandling(officer, team, contact.agreedUpdates(), choices.usualUpdates(),
                    recordsSystem.of(contact.id()));
        });
    }

    /** What kind of report it is and how it came; empty until its contact is open. */
    @Transactional(readOnly = true)
    public Optional<ContactOrigin> origin(UUID reportId) {
        return contacts.forReport(reportId).map(c -> new ContactOrigin(c.id(), c.serviceId(), c.channel()));
    }

    /**
     * The reporter's online answer to a question staff asked. Says whether it was answered: false when the question
     * is not this report's or was answered already.
     */
    public boolean answer(UUID reportId, UUID requestId, String answer, List<String> fileNames) {
        return contacts.forReport(reportId).map(contact -> work.recordOnlineAnswer(contact, requestId, answer, fileNames))
                .orElse(false);
    }

    /** Information the reporter added online; says whether the report has a contact to add it to. */
    public boolean addInformation(UUID reportId, String information, List<String> fileNames) {
        var contact = contacts.forReport(reportId);
        contact.ifPresent(c -> work.recordAddedInformation(c, information, fileNames));
        return contact.isPresent();
    }

    /** The conversation about the report, oldest first; empty until its contact is open. */
    @Transactional(readOnly = true)
    public List<ConversationMessage> conversation(UUID reportId) {
        return contacts.forReport(reportId).map(contact -> conversations.of(contact.id())).orElse(List.of());
    }

    /**
     * When the reporter sent each message since {@code since}, oldest first; empty if they cannot send one (no
     * contact yet, or it is finished). The contact stays locked until the caller's transaction ends, so two messages
     * sent at once are counted one after the other.
     */
    public Optional<List<Instant>> messagesSentSince(UUID reportId, Instant since) {
        return contacts.lockForReport(reportId).filter(contact -> !contact.finished())
                .map(contact -> conversations.sentByReporterSince(contact.id(), since));
    }

    /** A message from the reporter, for whoever holds the contact; says whether there was an open contact for it. */
    public boolean message(UUID reportId, String words, List<String> fileNames, int replyWithinWorkingDays) {
        var contact = contacts.forReport(reportId).filter(c -> !c.finished());
        contact.ifPresent(c -> work.recordReporterMessage(c, words, fileNames, replyWithinWorkingDays));
        return contact.isPresent();
    }

    /**
     * What a timeline line tells the reporter, if anything: only what the force would tell them itself. Every kind is
     * named, so a new one needs a decision here before it compiles.
     */
    private static Optional<ReporterProgress.Step> step(TimelineEntry entry) {
        return switch (entry.what()) {
            case Happening.Received r -> step(entry, "received", null);
            case Happening.InformationRequested r -> step(entry, "asked", r.question());
            case Happening.InformationReceived r -> step(entry, "answered", r.answer());
            case Happening.InformationAdded r -> step(entry, "added", r.information());
            case Happening.Allocated r -> step(entry, r.officer() == null || r.officer().isEmpty() ? "with-team"
                    : "with-officer", null);
            case Happening.CrimeRecorded r -> step(entry, "crime-recorded", null);
            case Happening.Referred r -> step(entry, "passed-on", r.organisation());
            case Happening.Closed r -> step(entry, "closed", r.outcome());
            // filed: closed for them too, though a note on filing is the force's own, not an outcome for them
            case Happening.Filed r -> step(entry, "closed", null);
            case Happening.Reopened r -> step(entry, "reopened", null);
            case Happening.PossibleEmergency r -> Optional.empty();
            case Happening.ContactedReporter r -> Optional.empty();
            case Happening.Assessed r -> Optional.empty();
            case Happening.NotACrime r -> Optional.empty();
            case Happening.Linked r -> Optional.empty();
            // shown on its own, under who is dealing with it
            case Happening.UpdatesAgreed r -> Optional.empty();
            case Happening.Viewed r -> Optional.empty();
            case Happening.PlodVisitBooked r -> Optional.empty();
            case Happening.PlodVisitNoSuitableTime r -> Optional.empty();
            case Happening.PlodVisitChanged r -> Optional.empty();
            case Happening.PlodVisitCancelled r -> Optional.empty();
            case Happening.PlodVisitOutcome r -> Optional.empty();
            case Happening.BslTranslated r -> Optional.empty();
            case Happening.MessageUndelivered r -> Optional.empty();
            // the conversation has its own place on the page
            case Happening.MessageReceived r -> Optional.empty();
            case Happening.MessageReplied r -> Optional.empty();
            case Happening.EvidenceLinkSent r -> Optional.empty();
            case Happening.EvidenceReceived r -> step(entry, "added", r.information());
            case Happening.ChatTranscript r -> Optional.empty();
            // shown on their own, under who is dealing with it
            case Happening.CrimeNumberGiven r -> Optional.empty();
            case Happening.OfficerInChargeGiven r -> Optional.empty();
            case Happening.ResultGiven r -> Optional.empty();
        };
    }

    private static Optional<ReporterProgress.Step> step(TimelineEntry entry, String kind, String words) {
        return Optional.of(new ReporterProgress.Step(entry.at(), kind, words == null || words.isEmpty() ? null : words));
    }
}
