package org.bluelamp.integration.contacts;

import org.bluelamp.contact.Contact;
import org.bluelamp.contact.ContactStatus;
import org.bluelamp.contact.ContactWhole;
import org.bluelamp.contact.RecordsSystemDetails;
import org.bluelamp.contact.TimelineEntry;
import org.bluelamp.contact.Vulnerability;
import org.bluelamp.reporting.Attachment;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.SafeWindow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A contact whole as the API gives it (GET /api/v1/contacts/{reference}): codes as stored, instants in UTC, and
 * what is not there yet as null.
 *
 * @param answers  the reporter's answers as they saw them on "Check your answers"
 * @param reporter null when the reporter is anonymous or the report did not ask
 * @param timeline oldest first, without staff's looks at the contact
 */
record ContactJson(String reference, String channel, Service service, String status, Instant receivedAt,
                   String priority, String queue, boolean possibleEmergency, Allocation allocation,
                   Assessment assessment, CrimeDecision crimeDecision, Closure closure, RecordsSystem recordsSystem,
                   List<Answer> answers, ReporterJson reporter, List<FileJson> files, List<Line> timeline) {

    record Service(String id, String title) {
    }

    /** @param officer the officer's username; null when only a team holds it */
    record Allocation(String team, String officer) {
    }

    record Assessment(String risk, String grading, List<String> vulnerabilities, String category) {
    }

    /** @param classification the Home Office classification when recorded; null when not a crime */
    record CrimeDecision(boolean recorded, Classification classification, Instant decidedAt) {
    }

    record Classification(String code, String name) {

        /** From the label stored, "8N Assault with injury": the code, a space, the name. */
        static Classification of(String label) {
            if (label == null) {
                return null;
            }
            int space = label.indexOf(' ');
            return space < 0 ? new Classification(label, null)
                    : new Classification(label.substring(0, space), label.substring(space + 1));
        }
    }

    /** @param filed filed for information rather than closed with an outcome */
    record Closure(boolean filed, String category, Instant at) {
    }

    /** What the records system wrote back, the latest of each; each null until it has. */
    record RecordsSystem(String crimeNumber, Officer officerInCharge, Result result) {
    }

    record Officer(String name, String collarNumber) {
    }

    /** @param outcome a result code, e.g. "charged" */
    record Result(String outcome, String description) {
    }

    record Answer(String question, List<String> lines) {
    }

    /** @param safeTimes when it is safe to contact them, if only at certain times; each a code, e.g. "09:00-17:00" */
    record ReporterJson(String name, String email, String phone, String contactPreference, String safeToContact,
                        List<String> safeTimes) {
    }

    /** @param available whether it may be downloaded: scanned for viruses and clean */
    record FileJson(UUID id, String name, String contentType, long size, boolean available, String href) {
    }

    record Line(Instant at, String actor, String kind, Map<String, String> details) {
    }

    static ContactJson of(ContactWhole whole) {
        var c = whole.contact();
        var reference = c.reference().value();
        return new ContactJson(reference, c.channel(), new Service(c.serviceId(), c.serviceTitle()), c.status().code(),
                c.receivedAt(), c.priority().code(), c.queue(), c.possibleEmergency(), allocation(c), assessment(c),
                crimeDecision(c), closure(c), recordsSystem(whole.recordsSystem()),
                whole.answers().stream().map(a -> new Answer(a.question(), a.answer())).toList(),
                reporter(whole.reporter()),
                whole.files().stream().map(file -> file(reference, file)).toList(),
                whole.timeline().stream().map(ContactJson::line).toList());
    }

    private static Allocation allocation(Contact c) {
        return c.allocatedTeam() == null && c.allocatedTo() == null ? null
                : new Allocation(c.allocatedTeam(), c.allocatedTo());
    }

    private static Assessment assessment(Contact c) {
        return c.grading() == null ? null : new Assessment(c.risk() == null ? null : c.risk().code(),
                c.grading().code(), c.vulnerabilities().stream().map(Vulnerability::code).toList(),
                c.openingCategory());
    }

    private static CrimeDecision crimeDecision(Contact c) {
        return c.crimeDecision() == null ? null : new CrimeDecision("recorded".equals(c.crimeDecision()),
                Classification.of(c.crimeClassification()), c.crimeDecidedAt());
    }

    private static Closure closure(Contact c) {
        return c.closedAt() == null ? null
                : new Closure(c.status() == ContactStatus.FILED, c.closingCategory(), c.closedAt());
    }

    private static RecordsSystem recordsSystem(RecordsSystemDetails held) {
        return new RecordsSystem(held.crimeNumber() == null ? null : held.crimeNumber().value(),
                held.officer() == null ? null : new Officer(held.officer().name(), held.officer().collarNumber()),
                held.result() == null ? null
                        : new Result(held.result().outcome().code(), held.result().description()));
    }

    private static ReporterJson reporter(Reporter r) {
        if (r == null) {
            return null;
        }
        return new ReporterJson(r.name(), r.email() == null ? null : r.email().value(),
                r.phone() == null ? null : r.phone().e164(),
                r.preference() == null ? null : r.preference().code(),
                r.safety() == null ? null : r.safety().code(),
                r.safeTimes().stream().map(SafeWindow::code).toList());
    }

    private static FileJson file(String reference, Attachment file) {
        return new FileJson(file.id(), file.name(), file.mediaType(), file.size(), file.openable(),
                "/api/v1/contacts/" + reference + "/files/" + file.id());
    }

    private static Line line(TimelineEntry entry) {
        return new Line(entry.at(), entry.actor(), entry.kind(), entry.details());
    }
}
