package org.bluelamp.notify;

import org.bluelamp.contact.EvidenceLinkSent;
import org.bluelamp.platform.language.LanguageTexts;
import org.bluelamp.reporting.SubmittedReports;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;

/**
 * Sends the one-time "send us your evidence" link as the reporter chose to be told, and only at times they said are
 * safe. The link is sealed in the outbox until it is sent; the words say only that we asked for evidence, never what
 * (the officer's note is shown after the code step), since messages are read on shared and locked phones.
 */
@Component
class EvidenceLinkMessages {

    private final SubmittedReports reports;
    private final MessageWriter writer;
    private final LinkProperties links;
    private final LanguageTexts languageTexts;
    private final Clock clock;

    EvidenceLinkMessages(SubmittedReports reports, MessageWriter writer, LinkProperties links,
                         LanguageTexts languageTexts, Clock clock) {
        this.reports = reports;
        this.writer = writer;
        this.links = links;
        this.languageTexts = languageTexts;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(EvidenceLinkSent sent) {
        reports.reporter(sent.reportId()).ifPresent(reporter -> writer.write(MessageKind.EVIDENCE_LINK,
                sent.linkId().toString(), sent.reference().value(),
                language -> Map.of("evidenceLink", links.link(sent.path()),
                        "validUntil", languageTexts.dates(language).dateAndTime(sent.expiresAt())),
                sent.expiresAt(), SafeContactRules.plan(reporter, clock.instant()), reports.languageOf(sent.reportId())));
    }
}
