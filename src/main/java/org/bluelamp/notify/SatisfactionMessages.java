package org.bluelamp.notify;

import org.bluelamp.platform.language.Language;
import org.bluelamp.reporting.SubmittedReports;
import org.bluelamp.tracking.SatisfactionAsked;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The one "How did we do?" message after a report is closed: by the way the reporter chose, at a safe time, never to
 * someone we may not contact (SafeContactRules). The link is sealed until sent and kept as a hash only by tracking;
 * the message's key is the contact's, so it is stored once whatever happens.
 */
@Component
class SatisfactionMessages {

    private final SubmittedReports reports;
    private final MessageWriter writer;
    private final LinkProperties links;

    SatisfactionMessages(SubmittedReports reports, MessageWriter writer, LinkProperties links) {
        this.reports = reports;
        this.writer = writer;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(SatisfactionAsked asked) {
        reports.reporter(asked.reportId()).ifPresent(reporter -> {
            var language = reports.languageOf(asked.reportId());
            // the page opens in the language the report was made in
            String link = links.link(asked.path() + (language.equals(Language.ENGLISH) ? "" : "?lang=" + language.code()));
            writer.write(MessageKind.SATISFACTION, asked.contactId().toString(), asked.reference().value(),
                    in -> Map.of("surveyLink", link), asked.expiresAt(),
                    SafeContactRules.plan(reporter, asked.askAt()), language);
        });
    }
}
