package org.bluelamp.notify;

import org.bluelamp.reporting.Reference;
import org.bluelamp.contact.ContactAllocated;
import org.bluelamp.contact.ContactClosed;
import org.bluelamp.contact.ContactReferred;
import org.bluelamp.contact.ContactReopened;
import org.bluelamp.contact.CrimeDecisionMade;
import org.bluelamp.contact.InformationRequested;
import org.bluelamp.contact.ReplySent;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.LanguageTexts;
import org.bluelamp.reporting.ReportSubmitted;
import org.bluelamp.reporting.ServiceTitles;
import org.bluelamp.reporting.SubmittedReports;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Tells reporters what they were promised: the reference at once, a question when a handler has one, news when the
 * report moves on (gathered, so actions close together make one message), and the outcome when it is closed. Each listener runs after its cause is committed and is retried
 * until done (the event log is the outbox for the cause); what it writes is keyed, so a retry stores nothing twice.
 * A report filed for information owes the reporter nothing more, so filing sends nothing.
 */
@Component
class ReporterMessages {

    private final SubmittedReports reports;
    private final MessageWriter writer;
    private final WaitingUpdates updates;
    private final LinkProperties links;
    private final DeafReporterWords deafWords;
    private final Clock clock;
    private final LanguageTexts languageTexts;
    private final ServiceTitles titles;

    ReporterMessages(SubmittedReports reports, MessageWriter writer, WaitingUpdates updates, LinkProperties links,
                     DeafReporterWords deafWords, Clock clock, LanguageTexts languageTexts, ServiceTitles titles) {
        this.languageTexts = languageTexts;
        this.titles = titles;
        this.reports = reports;
        this.writer = writer;
        this.updates = updates;
        this.links = links;
        this.deafWords = deafWords;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReportSubmitted submitted) {
        // What kind of report and when, to recognise it by; never an answer: emails are read on shared and lost
        // devices, and an answer may name or place anyone.
        send(MessageKind.ACKNOWLEDGEMENT, submitted.reportId().toString(), submitted.reportId(), submitted.reference(),
                language -> Map.of("reportType", titles.title(submitted.serviceId(), language)
                                .orElse(submitted.serviceTitle()),
                        "sentOn", languageTexts.dates(language).dateAndTime(submitted.submittedAt())),
                submitted.language());
    }

    @ApplicationModuleListener
    void on(InformationRequested requested) {
        send(MessageKind.INFORMATION_REQUEST, requested.requestId().toString(), requested.reportId(),
                requested.reference(), language -> Map.of(), reports.languageOf(requested.reportId()));
    }

    /** A reply to the reporter: they are told there is one and where to read it, never its words. */
    @ApplicationModuleListener
    void on(ReplySent replied) {
        send(MessageKind.NEW_MESSAGE, replied.messageId().toString(), replied.reportId(), replied.reference(),
                language -> Map.of(), reports.languageOf(replied.reportId()));
    }

    @ApplicationModuleListener
    void on(ContactAllocated allocated) {
        update(UpdateNews.ALLOCATED, allocated.contactId(), allocated.at(), allocated.reportId(), allocated.reference());
    }

    @ApplicationModuleListener
    void on(CrimeDecisionMade decided) {
        update(UpdateNews.CRIME_DECISION, decided.contactId(), decided.at(), decided.reportId(), decided.reference());
    }

    @ApplicationModuleListener
    void on(ContactReferred referred) {
        update(UpdateNews.REFERRED, referred.contactId(), referred.at(), referred.reportId(), referred.reference());
    }

    @ApplicationModuleListener
    void on(ContactReopened reopened) {
        update(UpdateNews.REOPENED, reopened.contactId(), reopened.at(), reopened.reportId(), reopened.reference());
    }

    @ApplicationModuleListener
    void on(ContactClosed closed) {
        if (!closed.filed()) {
            updates.supersede(closed.reference());
            send(MessageKind.OUTCOME, closed.contactId() + "@" + closed.at().toEpochMilli(), closed.reportId(),
                    closed.reference(), language -> Map.of("outcome", closed.outcome() == null ? "" : closed.outcome()),
                    reports.languageOf(closed.reportId()));
        }
    }

    /** News waits a while, so that actions close together go as one message (WaitingUpdates). */
    private void update(UpdateNews news, UUID contactId, Instant at, UUID reportId, Reference reference) {
        reports.reporter(reportId).ifPresent(reporter -> updates.add(reference,
                news.code() + ":" + contactId + "@" + at.toEpochMilli(), news, language -> {
                    var values = new HashMap<>(deafWords.values(reporter, language));
                    values.put("trackLink", links.track(reference));
                    return values;
                }, SafeContactRules.plan(reporter, clock.instant()), reports.languageOf(reportId)));
    }

    /** A message in the report's language, its values filled in that language (and in English too, if bilingual). */
    private void send(MessageKind kind, String cause, UUID reportId, Reference reference,
                      Function<Language, Map<String, String>> valuesIn, Language language) {
        reports.reporter(reportId).ifPresent(reporter -> writer.write(kind, cause, reference.value(), in -> {
            var withLink = new HashMap<>(valuesIn.apply(in));
            withLink.put("trackLink", links.track(reference));
            withLink.putAll(deafWords.values(reporter, in));
            return withLink;
        }, null, SafeContactRules.plan(reporter, clock.instant()), language));
    }
}
