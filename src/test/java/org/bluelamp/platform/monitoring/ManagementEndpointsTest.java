package org.bluelamp.platform.monitoring;

import org.bluelamp.BluelampTest;
import org.bluelamp.OnlineReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the operations team sees (docs/operations.md, "Watching it"): probes, info and Prometheus metrics on the
 * management port without signing in, nothing of them on the public port, and the control room's figures moving with
 * the work, with nothing personal in them.
 */
@BluelampTest
class ManagementEndpointsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FiguresRefresh figures;

    @Autowired
    Clock clock;

    @Test
    void actuatorIsNotOnThePublicPortAndHasItsOwnPort() throws Exception {
        assertThat(managementPort).isNotEqualTo(port).isPositive();
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/health/readiness", "/actuator/info",
                "/actuator/prometheus", "/actuator/env")) {
            assertThat(get(port, path).statusCode()).as(path + " on the public port").isEqualTo(404);
        }
    }

    @Test
    void probesAnswerWithoutSignInAndShowNoDetails() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                "/actuator/health/startup")) {
            var health = get(managementPort, path);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("jdbc:", "postgres",
                    "PostgreSQL", "validationQuery", "database\":", "path");
        }
        assertThat(get(managementPort, "/actuator/health/readiness").body()).contains("\"db\"", "\"readinessState\"");
        assertThat(get(managementPort, "/actuator/health/liveness").body()).contains("\"livenessState\"")
                .doesNotContain("\"db\"");
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/configprops",
                "/actuator/loggers", "/actuator/threaddump", "/actuator/mappings", "/actuator/metrics",
                "/actuator/sessions", "/actuator/flyway")) {
            assertThat(get(managementPort, path).statusCode()).as(path + " is not exposed").isEqualTo(404);
        }
    }

    @Test
    void infoGivesTheVersionAndTheCommit() throws Exception {
        var info = get(managementPort, "/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"build\"", "\"version\":\"0.1.0-SNAPSHOT\"");
        // git.properties is made by the build wherever there is a .git (a worktree's .git file included).
        assertThat(info.body()).containsPattern("\"commit\":\\{.*\"id\":\"[0-9a-f]{7,}\"");
        assertThat(info.body()).doesNotContain("@", "user.email", "message");
    }

    @Test
    void prometheusShowsTheBuiltInMetrics() throws Exception {
        get(port, "/");
        figures.refresh();
        var metrics = scrape();
        assertThat(metrics).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count",
                "hikaricp_connections_active", "bluelamp_figures_refreshed_seconds", "bluelamp_ready 1.0");
    }

    /** The dashboard and the alert rules name only metrics the application exposes, so a renamed one cannot drift. */
    @Autowired
    org.bluelamp.platform.scheduling.JobLeases jobLeases;

    @Test
    void dashboardAndAlertRulesNameOnlyMetricsTheApplicationExposes() throws Exception {
        // A report, so the per-queue and per-type figures have a series to show; a job run, so the jobs' too.
        OnlineReports.crime(port, jdbc, "A bin set alight in the park");
        jobLeases.runOnce("monitoring.test-job", java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1),
                () -> { });
        figures.refresh();
        var metrics = scrape();
        var dashboard = new tools.jackson.databind.json.JsonMapper().readTree(
                java.nio.file.Files.readString(java.nio.file.Path.of("ops/grafana/bluelamp.json")));
        var expressions = new java.util.ArrayList<String>();
        dashboard.get("panels").forEach(panel -> {
            if (panel.has("targets")) {
                panel.get("targets").forEach(target -> expressions.add(target.get("expr").asString()));
            }
        });
        assertThat(expressions).hasSizeGreaterThan(20);
        var rules = java.nio.file.Files.readString(AlertRulesTest.RULES);
        var named = new java.util.TreeSet<String>();
        var metric = Pattern.compile("\\b(?:bluelamp|jvm|http_server|hikaricp|process)_[a-z0-9_]+");
        for (String text : List.of(String.join("\n", expressions), rules)) {
            metric.matcher(text).results().map(java.util.regex.MatchResult::group).forEach(named::add);
        }
        assertThat(named).contains("bluelamp_reports_submitted_total", "bluelamp_messages_oldest_unsent_seconds",
                "bluelamp_relay_longest_wait_seconds", "jvm_memory_used_bytes", "hikaricp_connections_active");
        for (String name : named) {
            assertThat(metrics).as(name + " is exposed").containsPattern("(?m)^" + Pattern.quote(name) + "[{ ]");
        }
    }

    @Test
    void controlRoomFiguresFollowTheWorkAndHoldNothingPersonal() throws Exception {
        figures.refresh();
        var before = scrape();
        var story = "Someone scratched my car outside number 12 " + UUID.randomUUID();
        var reference = OnlineReports.crime(port, jdbc, story);
        var queue = jdbc.sql("SELECT queue FROM contact WHERE reference = :r").param("r", reference)
                .query(String.class).single();
        var reportId = jdbc.sql("SELECT id FROM report WHERE reference = :r").param("r", reference)
                .query(UUID.class).single();
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, org.bluelamp.platform.LondonTime.ZONE);
        var messageId = UUID.randomUUID();
        var callId = UUID.randomUUID();
        var dueSoon = UUID.randomUUID();
        var overdue = UUID.randomUUID();
        var originalDue = jdbc.sql("SELECT first_response_due FROM contact WHERE reference = :r")
                .param("r", reference).query(Timestamp.class).single();
        try {
            // A text due 20 minutes ago and waiting for its next try, as when the provider is down.
            jdbc.sql("""
                            INSERT INTO message (id, dedupe_key, kind, channel, recipient, body, created_at, not_before,
                                                 status, attempts, next_attempt_at)
                            VALUES (:id, :key, 'acknowledgement', 'sms', '+447700900123', :body, :due, :due,
                                    'queued', 2, :later)""")
                    .param("id", messageId).param("key", "figures-test-" + messageId)
                    .param("body", "Your report " + reference + ": " + story)
                    .param("due", Timestamp.from(now.minus(Duration.ofMinutes(20))))
                    .param("later", Timestamp.from(now.plus(Duration.ofDays(1)))).update();
            // A relay caller waiting three minutes.
            jdbc.sql("""
                            INSERT INTO relay_call (id, token_hash, status, queued_at, caller_seen_at)
                            VALUES (:id, :token, 'waiting', :queued, :now)""")
                    .param("id", callId).param("token", "figures-test-" + callId)
                    .param("queued", Timestamp.from(now.minus(Duration.ofMinutes(3))))
                    .param("now", Timestamp.from(now)).update();
            // A BSL video message to translate, and the contact's first-contact deadline passed.
            jdbc.sql("INSERT INTO bsl_video_message (report_id, reference, received_at) VALUES (:id, :r, :at)")
                    .param("id", reportId).param("r", reference).param("at", Timestamp.from(now)).update();
            jdbc.sql("UPDATE contact SET first_response_due = :past WHERE reference = :r")
                    .param("past", Timestamp.from(now.minus(Duration.ofMinutes(1)))).param("r", reference).update();
            // Subject access requests: one due in three days, one a day overdue.
            subjectAccessRequest(dueSoon, today.plusDays(3));
            subjectAccessRequest(overdue, today.minusDays(1));

            figures.refresh();
            var after = scrape();

            assertThat(value(after, "bluelamp_reports_submitted_total{channel=\"online\",type=\"crime\"}")
                    - value(before, "bluelamp_reports_submitted_total{channel=\"online\",type=\"crime\"}"))
                    .isEqualTo(1);
            assertThat(value(after, series("bluelamp_contacts_waiting", "queue", queue))
                    - value(before, series("bluelamp_contacts_waiting", "queue", queue))).isEqualTo(1);
            assertThat(value(after, series("bluelamp_contacts_open", "queue", queue))
                    - value(before, series("bluelamp_contacts_open", "queue", queue))).isEqualTo(1);
            assertThat(value(after, series("bluelamp_contacts_oldest_wait_seconds", "queue", queue))).isNotNegative();
            assertThat(value(after, series("bluelamp_contact_deadlines_breached", "queue", queue))
                    - value(before, series("bluelamp_contact_deadlines_breached", "queue", queue))).isEqualTo(1);
            assertThat(value(after, series("bluelamp_messages_pending", "channel", "sms"))
                    - value(before, series("bluelamp_messages_pending", "channel", "sms"))).isEqualTo(1);
            assertThat(value(after, series("bluelamp_messages_oldest_unsent_seconds", "channel", "sms")))
                    .isGreaterThanOrEqualTo(20 * 60);
            assertThat(value(after, "bluelamp_relay_callers_waiting")
                    - value(before, "bluelamp_relay_callers_waiting")).isEqualTo(1);
            assertThat(value(after, "bluelamp_relay_longest_wait_seconds")).isGreaterThanOrEqualTo(180);
            assertThat(value(after, "bluelamp_bsl_video_messages_waiting")
                    - value(before, "bluelamp_bsl_video_messages_waiting")).isEqualTo(1);
            assertThat(value(after, "bluelamp_subject_access_requests_due_soon")
                    - value(before, "bluelamp_subject_access_requests_due_soon")).isEqualTo(2);
            assertThat(value(after, "bluelamp_subject_access_requests_overdue")
                    - value(before, "bluelamp_subject_access_requests_overdue")).isEqualTo(1);
            assertThat(after).contains("bluelamp_event_publications_incomplete ",
                    "bluelamp_event_publications_oldest_seconds ", "bluelamp_messages_failed_total{channel=\"email\"}");

            assertThat(after).as("nothing personal in the metrics").doesNotContain(reference, story, "Alex Example",
                    "alex@example.com", "2 Home Road", "LE2 2BB", "Library Street", "+447700900123", "Sam Figures",
                    "sam.figures@example.com");
        } finally {
            jdbc.sql("DELETE FROM message WHERE id = :id").param("id", messageId).update();
            jdbc.sql("DELETE FROM relay_call WHERE id = :id").param("id", callId).update();
            jdbc.sql("DELETE FROM bsl_video_message WHERE report_id = :id").param("id", reportId).update();
            jdbc.sql("DELETE FROM subject_access_request WHERE id IN (:ids)").param("ids", List.of(dueSoon, overdue))
                    .update();
            jdbc.sql("UPDATE contact SET first_response_due = :due WHERE reference = :r").param("due", originalDue)
                    .param("r", reference).update();
            figures.refresh();
        }
    }

    private void subjectAccessRequest(UUID id, LocalDate dueOn) {
        jdbc.sql("""
                        INSERT INTO subject_access_request (id, reference, received_at, full_name, date_of_birth, email,
                                                            wants, identity, receive_by, status, identity_received_on,
                                                            due_on)
                        VALUES (:id, :reference, :now, 'Sam Figures', DATE '1980-01-02', 'sam.figures@example.com',
                                'everything', 'station', 'link', 'checked', :dueOn, :dueOn)""")
                .param("id", id).param("reference", "SAR-FIG-" + id.toString().substring(0, 8))
                .param("now", Timestamp.from(clock.instant())).param("dueOn", dueOn).update();
    }

    private static String series(String name, String label, String value) {
        return name + "{" + label + "=\"" + value + "\"}";
    }

    /** The value of one series in Prometheus's text format; 0 if it is not there. */
    private static double value(String metrics, String series) {
        var line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private String scrape() throws IOException, InterruptedException {
        var response = get(managementPort, "/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
