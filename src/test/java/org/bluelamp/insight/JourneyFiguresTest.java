package org.bluelamp.insight;

import org.bluelamp.CrimeJourneySteps;
import org.bluelamp.OnlineReports;
import org.bluelamp.WebSession;
import org.bluelamp.platform.LondonTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Journeys are counted from the drafts as reporting keeps and deletes them: sent, left (quick exit, starting again,
 * the expiry sweep) and still open, by the UK day they were started, public ones only.
 */
@InsightTest
class JourneyFiguresTest {

    private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

    @Autowired
    JourneyFigures journeys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    /** The fixtures' drafts still kept go; what they leave in journey_end is in 2011, which no other test reads. */
    @AfterEach
    void forget() {
        jdbc.sql("DELETE FROM report_draft WHERE token_hash LIKE 'journey-test-%'").update();
    }

    @Test
    void draftsSentLeftAndOpenAreCountedByTheUkDayTheyWereStarted() {
        // crime, in July 2011 (UK days; BST is UTC+1)
        var sent = draft("crime", "2011-07-01T10:00:00Z", "what-happened", null);
        var justAfterMidnight = draft("crime", "2011-06-30T23:30:00Z", "when", null); // 1 July, 00:30 UK
        var leftAtWhen = draft("crime", "2011-07-05T12:00:00Z", "when", null);
        var leftAtCheck = draft("crime", "2011-07-06T12:00:00Z", "check-answers", null);
        draft("crime", "2011-07-07T12:00:00Z", "crime-type", null); // still open
        var sentThenSwept = draft("crime", "2011-07-20T12:00:00Z", "where", null);
        var beforeTheRange = draft("crime", "2011-06-30T22:30:00Z", "when", null); // 30 June, 23:30 UK
        var afterTheRange = draft("crime", "2011-07-31T23:30:00Z", "when", null); // 1 August, 00:30 UK
        // a call logged by staff is no journey of the public, sent or deleted
        var staffSent = draft("crime", "2011-07-08T12:00:00Z", "what-happened", "handler.one");
        var staffDeleted = draft("crime", "2011-07-08T13:00:00Z", "what-happened", "handler.one");
        draft("crime", "2011-07-08T14:00:00Z", "what-happened", "handler.one");
        // lost property
        var lostSent = draft("lost-property", "2011-07-10T12:00:00Z", "category", null);
        draft("lost-property", "2011-07-11T12:00:00Z", "category", null);

        // saving an answer is no end
        jdbc.sql("UPDATE report_draft SET position = 'when', answers = '{\"x\": {}}' WHERE id = :id")
                .param("id", sent).update();
        for (UUID id : List.of(sent, sentThenSwept, afterTheRange, staffSent, lostSent)) {
            send(id);
        }
        for (UUID id : List.of(justAfterMidnight, leftAtWhen, leftAtCheck, sentThenSwept, beforeTheRange,
                staffDeleted)) {
            jdbc.sql("DELETE FROM report_draft WHERE id = :id").param("id", id).update();
        }

        var july = journeys.between(LocalDate.of(2011, 7, 1), LocalDate.of(2011, 7, 31));

        assertThat(july.reportTypes()).extracting(JourneyFigures.ReportType::serviceId)
                .containsExactly("crime", "lost-property");
        var crime = july.reportTypes().getFirst();
        assertThat(crime.started()).isEqualTo(6);
        assertThat(crime.sent()).isEqualTo(2);
        assertThat(crime.left()).isEqualTo(3);
        assertThat(crime.inProgress()).isEqualTo(1);
        assertThat(crime.completionRate()).isEqualTo(40.0);
        assertThat(crime.stoppedAt()).containsExactly(new JourneyFigures.StoppedAt("when", 2),
                new JourneyFigures.StoppedAt("check-answers", 1));
        var lost = july.reportTypes().get(1);
        assertThat(List.of(lost.started(), lost.sent(), lost.left(), lost.inProgress())).containsExactly(2, 1, 0, 1);
        assertThat(lost.completionRate()).isEqualTo(100.0);
        assertThat(lost.stoppedAt()).isEmpty();
        assertThat(List.of(july.started(), july.sent(), july.left(), july.inProgress())).containsExactly(8, 3, 3, 2);
        assertThat(july.completionRate()).isEqualTo(50.0);

        var lastOfJune = journeys.between(LocalDate.of(2011, 6, 30), LocalDate.of(2011, 6, 30));
        assertThat(lastOfJune.reportTypes()).containsExactly(new JourneyFigures.ReportType("crime", 1, 0, 1, 0,
                List.of(new JourneyFigures.StoppedAt("when", 1))));
        assertThat(journeys.between(LocalDate.of(2011, 8, 1), LocalDate.of(2011, 8, 1)).sent()).isEqualTo(1);

        // what is kept names nobody: the day, the kind of report, how it ended and the page
        var stored = jdbc.sql("SELECT * FROM journey_end WHERE started_on = DATE '2011-06-30'").query().listOfRows();
        assertThat(stored).containsExactly(Map.of("started_on", java.sql.Date.valueOf("2011-06-30"),
                "service_id", "crime", "ended", "left", "last_question", "when"));
    }

    @Test
    void aQuickExitAndASentReportThroughThePublicPagesAreCounted() {
        var today = LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
        var before = crimeOf(journeys.between(today, today));

        var person = new WebSession(port);
        person.get(CrimeJourneySteps.START);
        person.post(CrimeJourneySteps.START, "emergency", "no");
        var firstStep = CrimeJourneySteps.STEPS.getFirst();
        person.post(firstStep.path(), firstStep.formWith("ignored"));
        var during = crimeOf(journeys.between(today, today));
        person.get("/leave");
        OnlineReports.crime(port, jdbc, "Someone scratched the car door.");

        var after = crimeOf(journeys.between(today, today));
        assertThat(during.inProgress() - before.inProgress()).isEqualTo(1);
        assertThat(after.started() - before.started()).isEqualTo(2);
        assertThat(after.sent() - before.sent()).isEqualTo(1);
        assertThat(after.left() - before.left()).isEqualTo(1);
        assertThat(after.inProgress() - before.inProgress()).isZero();
        assertThat(leftAt(after, "what-happened") - leftAt(before, "what-happened")).isEqualTo(1);
    }

    @Test
    void aRangeIsADayOrMoreAndAtMostThreeYearsAsAPageMayAsk() {
        assertThatThrownBy(() -> journeys.between(LocalDate.of(2011, 7, 2), LocalDate.of(2011, 7, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journeys.between(LocalDate.of(2011, 7, 1), LocalDate.of(2014, 7, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(journeys.between(LocalDate.of(2011, 7, 1), LocalDate.of(2014, 7, 1))).isNotNull();
    }

    private static JourneyFigures.ReportType crimeOf(JourneyFigures.Journeys journeys) {
        return journeys.reportTypes().stream().filter(t -> t.serviceId().equals("crime")).findFirst()
                .orElse(new JourneyFigures.ReportType("crime", 0, 0, 0, 0, List.of()));
    }

    private static int leftAt(JourneyFigures.ReportType type, String question) {
        return type.stoppedAt().stream().filter(s -> question.equals(s.question()))
                .mapToInt(JourneyFigures.StoppedAt::left).sum();
    }

    private UUID draft(String service, String createdAt, String position, String staffOwner) {
        var id = UUID.randomUUID();
        var created = Timestamp.from(Instant.parse(createdAt));
        jdbc.sql("""
                        INSERT INTO report_draft (id, token_hash, service_id, definition_version, answers, position,
                                                  created_at, updated_at, expires_at, staff_owner, channel,
                                                  call_started_at)
                        VALUES (:id, :token, :service, 1, '{}', :position, :created, :created, :expires, :owner,
                                :channel, :callStarted)""")
                .param("id", id).param("token", "journey-test-" + id).param("service", service)
                .param("position", position).param("created", created).param("expires", Timestamp.from(FAR_FUTURE))
                .param("owner", staffOwner).param("channel", staffOwner == null ? null : "phone")
                .param("callStarted", staffOwner == null ? null : created).update();
        return id;
    }

    /** As reporting marks a draft sent. */
    private void send(UUID id) {
        jdbc.sql("UPDATE report_draft SET report_id = :report, position = 'confirmation' WHERE id = :id")
                .param("report", UUID.randomUUID()).param("id", id).update();
    }
}
