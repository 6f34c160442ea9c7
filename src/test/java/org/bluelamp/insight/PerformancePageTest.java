package org.bluelamp.insight;

import java.time.Clock;
import org.bluelamp.WebSession;
import org.bluelamp.platform.LondonTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /performance from roll-up rows counted by hand: the month before last (October, say) and last month (November),
 * with the month under way left out, small numbers hidden and nothing to be had by subtraction.
 */
@InsightTest
class PerformancePageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theMonthsFiguresInWordsTablesAndCsvWithSmallNumbersHidden() {
        var last = YearMonth.now(clock.withZone(LondonTime.ZONE)).minusMonths(1);
        var before = last.minusMonths(1);
        clear(before, last.plusMonths(1));
        // the month before last: 900 reports; email's 9 is hidden, and 101 live chat's 41 with it
        day(before.atDay(1), "online", "crime", "", 150, 300, 100, 0, 50_000);
        day(before.atDay(1), "online", "crime", "north", 50, 0, 0, 0, 0);
        day(before.atDay(15), "online", "lost-property", "", 100, 0, 0, 0, 0);
        day(before.atDay(2), "phone", "crime", "", 500, 300, 50, 50, 43_750);
        day(before.atDay(3), "email", "crime", "", 4, 0, 0, 0, 0);
        day(before.atEndOfMonth(), "email", "crime", "", 5, 0, 0, 0, 0);
        day(before.atDay(4), "webchat", "crime", "", 41, 0, 0, 0, 0);
        day(before.atDay(5), "in-person", "crime", "", 50, 0, 0, 0, 0);
        // 20 answers: 15 satisfied (10 very), 3 neither, 2 dissatisfied; one left the overall question blank
        answers(before, "very-satisfied", 10);
        answers(before, "satisfied", 5);
        answers(before, "neither", 3);
        answers(before, "dissatisfied", 2);
        answers(before, null, 1);
        // last month: 42 reports, too few first contacts due or answers for a percentage
        day(last.atDay(1), "online", "crime", "", 30, 4, 1, 3, 500);
        day(last.atDay(2), "phone", "crime", "", 12, 0, 0, 0, 0);
        answers(last, "satisfied", 4);
        // this month is still coming in: not shown
        day(last.plusMonths(1).atDay(1), "online", "crime", "", 777, 0, 0, 0, 0);

        var page = new WebSession(port).get("/performance");

        assertThat(page.status()).isEqualTo(200);
        var html = Jsoup.parse(page.body());
        String october = name(before, Locale.UK);
        String november = name(last, Locale.UK);
        assertThat(html.select("h1").text()).isEqualTo("How we are doing");
        assertThat(paragraphAfter(html, november)).isEqualTo("In " + november + " we received 42 reports. "
                + "71.4% of them were made digitally: online, by email, by BSL video message or by live chat. "
                + "Fewer than 10 first contacts were due, so we do not give how many were on time. "
                + "Fewer than 10 people answered our survey, so we do not say how satisfied they were.");
        assertThat(paragraphAfter(html, october)).isEqualTo("In " + october + " we received 900 reports. "
                + "38.9% of them were made digitally: online, by email, by BSL video message or by live chat. "
                + "We first contacted 75.0% of people within our target time. "
                + "On average, we first contacted people 2 minutes and 5 seconds after they got in touch. "
                + "75.0% of the 20 people who answered our survey were satisfied.");
        assertThat(page.body()).doesNotContain("777");

        var received = html.selectFirst("#received-by-channel table");
        assertThat(received.select("thead th").eachText()).containsExactly("Month", "Online report",
                "101 phone call", "Front counter (walk-in)", "Email", "101 live chat");
        assertThat(row(received, october)).containsExactly("300", "500", "50", "Fewer than 10", "Withheld");
        assertThat(row(received, november)).containsExactly("30", "12", "0", "0", "0");
        // What a reader can subtract: 900 in all less the 850 shown leaves 50 for email and live chat together, and
        // the digital 38.9% (350) less online's 300 leaves the same 50: never email's 9 on its own.
        assertThat(row(html.selectFirst("#digital-share table"), october)).containsExactly("38.9%", "900");
        assertThat(row(html.selectFirst("#first-contact table"), october))
                .containsExactly("75.0%", "2 minutes and 5 seconds");
        assertThat(row(html.selectFirst("#first-contact table"), november))
                .containsExactly("Fewer than 10", "Fewer than 10");
        assertThat(row(html.selectFirst("#satisfaction table"), october)).containsExactly("75.0%", "20");
        assertThat(row(html.selectFirst("#satisfaction table"), november))
                .containsExactly("Fewer than 10", "Fewer than 10");
        var chart = html.selectFirst("#received-by-channel svg");
        assertThat(chart.select("rect.bluelamp-chart__part")).as("email's and live chat's parts are not drawn")
                .hasSize(3 + 2);
        assertThat(html.select("a[href=/performance/received-by-channel.csv]")).hasSize(1);

        var csv = new WebSession(port).download("/performance/received-by-channel.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .contains("Month,Online report,101 phone call,Front counter (walk-in),Email,101 live chat\r\n")
                .contains(october + ",300,500,50,,\r\n").contains(november + ",30,12,0,0,0\r\n")
                .doesNotContain("777");
        assertThat(new WebSession(port).raw("/performance/no-such-table.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void welshReadersGetTheFiguresInWelsh() {
        var last = YearMonth.now(clock.withZone(LondonTime.ZONE)).minusMonths(1);
        clear(last, last.plusMonths(1));
        day(last.atDay(3), "online", "crime", "", 1234, 0, 0, 0, 0);
        var browser = new WebSession(port);

        var page = browser.get("/performance?lang=cy");

        var html = Jsoup.parse(page.body());
        String month = name(last, Locale.of("cy"));
        assertThat(html.select("h1").text()).isEqualTo("Sut rydyn ni’n gwneud");
        assertThat(paragraphAfter(html, month)).startsWith("Ym mis " + month + ", cawson ni 1,234 o adroddiadau. "
                + "Cafodd 100.0% ohonyn nhw eu gwneud yn ddigidol");
        assertThat(row(html.selectFirst("#first-contact table"), month)).containsExactly("Llai na 10", "Llai na 10");
        assertThat(html.select("#received-by-channel a").text()).startsWith("Lawrlwytho’r tabl hwn (CSV)");
    }

    private void clear(YearMonth from, YearMonth to) {
        // the shared database may hold other tests' counts for these months; these figures are this test's alone
        jdbc.sql("DELETE FROM insight_contact_day WHERE day >= :from AND day < :to")
                .param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.plusMonths(1).atDay(1)))
                .update();
        jdbc.sql("DELETE FROM satisfaction_answer WHERE month >= :from AND month < :to")
                .param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.plusMonths(1).atDay(1)))
                .update();
    }

    private void day(LocalDate day, String channel, String service, String team, int received, int inTime, int late,
                     int overdue, long seconds) {
        jdbc.sql("""
                        INSERT INTO insight_contact_day (day, channel, service_id, team, received,
                            first_contact_in_time, first_contact_late, first_contact_overdue, first_contact_seconds,
                            crime_decision_in_time, crime_decision_late, crime_decision_overdue, grading_in_time,
                            grading_late, grading_overdue, update_in_time, update_late, update_overdue)
                        VALUES (:day, :channel, :service, :team, :received, :inTime, :late, :overdue, :seconds,
                                0, 0, 0, 0, 0, 0, 0, 0, 0)""")
                .param("day", Date.valueOf(day)).param("channel", channel).param("service", service)
                .param("team", team).param("received", received).param("inTime", inTime).param("late", late)
                .param("overdue", overdue).param("seconds", seconds)
                .update();
    }

    private void answers(YearMonth month, String overall, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("INSERT INTO satisfaction_answer (id, service_id, channel, month, overall) "
                            + "VALUES (:id, 'crime', 'online', :month, :overall)")
                    .param("id", UUID.randomUUID()).param("month", Date.valueOf(month.atDay(1)))
                    .param("overall", overall)
                    .update();
        }
    }

    private static String name(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month);
    }

    private static String paragraphAfter(Document html, String month) {
        var heading = html.select("h3").stream().filter(h -> h.text().equals(month)).findFirst().orElseThrow();
        return heading.nextElementSibling().text();
    }

    private static List<String> row(org.jsoup.nodes.Element table, String label) {
        return table.select("tbody tr").stream().filter(tr -> tr.selectFirst("th").text().equals(label))
                .findFirst().orElseThrow().select("td").eachText();
    }
}
