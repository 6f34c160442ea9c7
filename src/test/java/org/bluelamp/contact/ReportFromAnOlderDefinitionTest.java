package org.bluelamp.contact;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.staff.StaffRole;
import org.bluelamp.WebSession;
import org.bluelamp.reporting.Priority;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.ReportSubmitted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A report keeps the questions as the reporter saw them, so staff read it correctly after the definition has
 * changed: here, a question the current crime definition no longer asks.
 */
@BluelampTest
class ReportFromAnOlderDefinitionTest {

    @Autowired
    StaffAccountsForTests staffAccounts;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OnlineReportIntake intake;

    @Test
    void staffSeeTheQuestionsTheReporterWasAsked() {
        var id = UUID.randomUUID();
        String reference = Reference.random("LP", new SecureRandom()).value();
        var sent = Instant.parse("2025-06-01T09:00:00Z");
        jdbc.sql("""
                        INSERT INTO report (id, reference, service_id, service_title, definition_version, answers,
                                            summary, submitted_at)
                        VALUES (:id, :reference, 'crime', 'Report a crime', 1,
                                '{"bike-locked": {"value": "yes"}}'::jsonb,
                                '[{"questionId": "bike-locked", "question": "Was the bike locked?", "answer": ["Yes, with a D-lock"]}]'::jsonb,
                                :sent)""")
                .param("id", id).param("reference", reference).param("sent", Timestamp.from(sent)).update();
        intake.on(new ReportSubmitted(id, Reference.stored(reference), "crime", "Report a crime", sent, "crime-bureau",
                Priority.STANDARD, true));

        var staff = new WebSession(port);
        staffAccounts.signedIn(staff, StaffRole.CONTACT_HANDLER);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(staff.get("/staff/contacts/" + reference + "/report")
                .body()).contains("Was the bike locked?", "Yes, with a D-lock"));
    }
}
