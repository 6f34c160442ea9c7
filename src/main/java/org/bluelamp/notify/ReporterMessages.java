package org.bluelamp.notify;

import org.bluelamp.contact.ContactAllocated;
import org.bluelamp.contact.ContactClosed;
import org.bluelamp.contact.ContactReferred;
import org.bluelamp.contact.ContactReopened;
import org.bluelamp.contact.CrimeDecisionMade;
import org.bluelamp.contact.InformationRequested;
import org.bluelamp.platform.ForceProperties;
import org.bluelamp.reporting.ReportSubmitted;
import org.bluelamp.reporting.SubmittedReport.AnsweredQuestion;
import org.bluelamp.reporting.SubmittedReports;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tells reporters what they were promised: the reference at once, a question when a handler has one, news when the
 * report moves on, and the outcome when it is closed. Each listener runs after its cause is committed and is retried
 * until done (the event log is the outbox for the cause); what it writes is keyed, so a retry stores nothing twice.
 * A report filed for information owes the reporter nothing more, so filing sends nothing.
 */
@Component
class ReporterMessages {

    private final SubmittedReports reports;
    private final MessageWriter writer;
    private final LinkProperties links;
    private final ForceProperties force;
    private final Clock clock;

    ReporterMessages(SubmittedReports reports, MessageWriter writer, LinkProperties links, ForceProperties force,
                     Clock clock) {
        this.reports = reports;
        this.writer = writer;
        this.links = links;
        this.force = force;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReportSubmitted submitted) {
        var copy = reports.copyForReporter(submitted.reportId()).stream()
                .map(ReporterMessages::asText).collect(Collectors.joining("\n\n"));
        send(MessageKind.ACKNOWLEDGEMENT, submitted.reportId().toString(), submitted.reportId(), submitted.reference(),
                Map.of("answers", copy));
    }

    @ApplicationModuleListener
    void on(InformationRequested requested) {
        send(MessageKind.INFORMATION_REQUEST, requested.requestId().toString(), requested.reportId(),
                requested.reference(), Map.of());
    }

    @ApplicationModuleListener
    void on(ContactAllocated allocated) {
        update(allocated.contactId(), allocated.at(), allocated.reportId(), allocated.reference());
    }

    @ApplicationModuleListener
    void on(CrimeDecisionMade decided) {
        update(decided.contactId(), decided.at(), decided.reportId(), decided.reference());
    }

    @ApplicationModuleListener
    void on(ContactReferred referred) {
        update(referred.contactId(), referred.at(), referred.reportId(), referred.reference());
    }

    @ApplicationModuleListener
    void on(ContactReopened reopened) {
        update(reopened.contactId(), reopened.at(), reopened.reportId(), reopened.reference());
    }

    @ApplicationModuleListener
    void on(ContactClosed closed) {
        if (!closed.filed()) {
            send(MessageKind.OUTCOME, closed.contactId() + "@" + closed.at().toEpochMilli(), closed.reportId(),
                    closed.reference(), Map.of("outcome", closed.outcome() == null ? "" : closed.outcome()));
        }
    }

    private void update(UUID contactId, Instant at, UUID reportId, String reference) {
        send(MessageKind.UPDATE, contactId + "@" + at.toEpochMilli(), reportId, reference, Map.of());
    }

    private void send(MessageKind kind, String cause, UUID reportId, String reference, Map<String, String> values) {
        reports.reporter(reportId).ifPresent(reporter -> {
            var withLink = new HashMap<>(values);
            withLink.put("trackLink", links.track(reference));
            withLink.putAll(DeafReporterWords.values(reporter, force, links));
            writer.write(kind, cause, reference, withLink, SafeContactRules.plan(reporter, clock.instant()));
        });
    }

    private static String asText(AnsweredQuestion answered) {
        return answered.question() + "\n" + String.join("\n", answered.answer());
    }
}
