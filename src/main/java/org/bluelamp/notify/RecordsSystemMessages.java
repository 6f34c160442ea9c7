package org.bluelamp.notify;

import org.bluelamp.contact.CrimeNumberRecorded;
import org.bluelamp.contact.OfficerInChargeNamed;
import org.bluelamp.contact.ResultRecorded;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.LanguageTexts;
import org.bluelamp.reporting.Reference;
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
 * Tells the reporter what the force's records system sent about their report: the crime number (the Victims' Code
 * gives the victim it), the officer in charge and the result. Each goes at once, by itself rather than gathered into
 * an update, as each carries its own value, and only in the email: a text says there is an update and where to read
 * it. Whether, how and when follows the safe-contact rules, as every message to a reporter does. Each listener runs
 * after the write is committed and is retried until done; the message is keyed by the contact and the write's time,
 * so a retry stores nothing twice, and a value sent again is no write at all (contact.RecordsSystemUpdates).
 */
@Component
class RecordsSystemMessages {

    private final SubmittedReports reports;
    private final MessageWriter writer;
    private final LinkProperties links;
    private final DeafReporterWords deafWords;
    private final LanguageTexts languageTexts;
    private final Clock clock;

    RecordsSystemMessages(SubmittedReports reports, MessageWriter writer, LinkProperties links,
                          DeafReporterWords deafWords, LanguageTexts languageTexts, Clock clock) {
        this.reports = reports;
        this.writer = writer;
        this.links = links;
        this.deafWords = deafWords;
        this.languageTexts = languageTexts;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CrimeNumberRecorded recorded) {
        send(MessageKind.CRIME_NUMBER, recorded.contactId(), recorded.at(), recorded.reportId(), recorded.reference(),
                language -> Map.of("crimeNumber", recorded.crimeNumber()));
    }

    @ApplicationModuleListener
    void on(OfficerInChargeNamed named) {
        send(MessageKind.OFFICER_IN_CHARGE, named.contactId(), named.at(), named.reportId(), named.reference(),
                language -> Map.of("officer", named.collarNumber() == null ? named.name()
                        : languageTexts.texts(language).t("track.handling.officer-in-charge.collar", named.name(),
                        named.collarNumber())));
    }

    @ApplicationModuleListener
    void on(ResultRecorded recorded) {
        send(MessageKind.RESULT, recorded.contactId(), recorded.at(), recorded.reportId(), recorded.reference(),
                language -> Map.of("result",
                        languageTexts.texts(language).t("result.outcome." + recorded.outcome().code()),
                        "resultDescription", recorded.description() == null ? "" : recorded.description()));
    }

    /** A contact opened with no report has no reporter to tell. */
    private void send(MessageKind kind, UUID contactId, Instant at, UUID reportId, Reference reference,
                      Function<Language, Map<String, String>> valuesIn) {
        if (reportId == null) {
            return;
        }
        reports.reporter(reportId).ifPresent(reporter -> writer.write(kind, contactId + "@" + at.toEpochMilli(),
                reference.value(), in -> {
                    var values = new HashMap<>(valuesIn.apply(in));
                    values.put("trackLink", links.track(reference));
                    values.putAll(deafWords.values(reporter, in));
                    return values;
                }, null, SafeContactRules.plan(reporter, clock.instant()), reports.languageOf(reportId)));
    }
}
