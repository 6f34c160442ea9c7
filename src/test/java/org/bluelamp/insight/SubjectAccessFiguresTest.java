package org.bluelamp.insight;

import org.bluelamp.insight.SubjectAccessFigures.Counts;
import org.bluelamp.insight.SubjectAccessFigures.MonthCounts;
import org.bluelamp.platform.LondonTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Subject access requests by the day they were due: on time by the UK day of the answer, late, open, refused. */
@InsightTest
class SubjectAccessFiguresTest {

    @Autowired
    SubjectAccessFigures figures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private final List<UUID> requests = new ArrayList<>();

    @AfterEach
    void forget() {
        if (!requests.isEmpty()) {
            jdbc.sql("DELETE FROM subject_access_request WHERE id IN (:ids)").param("ids", requests).update();
        }
    }

    @Test
    void answersAreOnTimeUpToTheirDueDayAndOpenOnesPastItAreOverdue() {
        request("answered", "2014-01-10", "2014-01-10T23:30:00Z"); // the due day itself, UK time
        request("answered", "2014-01-10", "2014-01-11T00:10:00Z"); // the day after
        request("checked", "2014-01-20", null);
        request("refused", "2014-02-03", "2014-02-01T09:00:00Z");
        request("answered", "2014-02-28", "2014-02-27T09:00:00Z");
        request("answered", "2013-12-31", "2014-01-05T09:00:00Z"); // due before the range
        request("awaiting-identity", null, null); // no due date until identity is proved

        var requests = figures.between(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 2, 28));

        assertThat(requests.months()).containsExactly(
                new MonthCounts(LocalDate.of(2014, 1, 1), new Counts(1, 1, 1, 0, 0)),
                new MonthCounts(LocalDate.of(2014, 2, 1), new Counts(1, 0, 0, 0, 1)));
        assertThat(requests.total()).isEqualTo(new Counts(2, 1, 1, 0, 1));
        assertThat(requests.total().percentOnTime()).isEqualTo(50.0);
    }

    @Test
    void openRequestsAreOverdueOrNotYetDueAsOfToday() {
        var today = LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
        request("checked", today.minusDays(1).toString(), null);
        request("received", today.toString(), null);
        request("checked", today.plusDays(10).toString(), null);

        var requests = figures.between(today.minusDays(1), today.plusDays(10));

        assertThat(requests.asOf()).isEqualTo(today);
        assertThat(requests.total().openOverdue()).isEqualTo(1);
        assertThat(requests.total().openNotYetDue()).isEqualTo(2);
        assertThat(requests.total().percentOnTime()).isEqualTo(0.0);
        assertThat(figures.between(today.plusDays(1), today.plusDays(10)).total())
                .isEqualTo(new Counts(0, 0, 0, 1, 0));
        assertThat(figures.between(today.plusDays(1), today.plusDays(10)).total().percentOnTime()).isNull();
    }

    private void request(String status, String dueOn, String answeredAt) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO subject_access_request (id, reference, received_at, full_name, date_of_birth, email,
                                                            wants, identity, receive_by, status, identity_received_on,
                                                            due_on, answered_at)
                        VALUES (:id, :reference, :received, 'Sam Figures', DATE '1980-01-02',
                                'sam.figures@example.com', 'everything', 'station', 'link', :status, :due, :due,
                                :answered)""")
                .param("id", id).param("reference", "SAR-INSIGHT-" + id.toString().substring(0, 8))
                .param("received", Timestamp.from(Instant.parse("2013-12-01T09:00:00Z"))).param("status", status)
                .param("due", dueOn == null ? null : LocalDate.parse(dueOn))
                .param("answered", answeredAt == null ? null : Timestamp.from(Instant.parse(answeredAt))).update();
        requests.add(id);
    }
}
