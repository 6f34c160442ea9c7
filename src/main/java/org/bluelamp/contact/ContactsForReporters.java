package org.bluelamp.contact;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    ContactsForReporters(Contacts contacts, Timeline timeline, InformationRequests requests, ContactWork work) {
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
        return Optional.of(new ReporterProgress(contact.reference(), contact.serviceTitle(), contact.receivedAt(), stage,
                contact.status() == ContactStatus.CLOSED ? contact.outcome() : null, questions, steps));
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

    /** What a timeline line tells the reporter, if anything: only what the force would tell them itself. */
    private static Optional<ReporterProgress.Step> step(TimelineEntry entry) {
        String kind = switch (entry.kind()) {
            case "received" -> "received";
            case "information-requested" -> "asked";
            case "information-received" -> "answered";
            case "information-added" -> "added";
            case "allocated" -> entry.detail("officer").isEmpty() ? "with-team" : "with-officer";
            case "crime-recorded" -> "crime-recorded";
            case "referred" -> "passed-on";
            case "closed", "filed" -> "closed";
            case "reopened" -> "reopened";
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        String words = switch (entry.kind()) {
            case "information-requested" -> entry.detail("question");
            case "information-received" -> entry.detail("answer");
            case "information-added" -> entry.detail("information");
            case "referred" -> entry.detail("organisation");
            case "closed" -> entry.detail("outcome");
            default -> "";
        };
        return Optional.of(new ReporterProgress.Step(entry.at(), kind, words.isEmpty() ? null : words));
    }
}
