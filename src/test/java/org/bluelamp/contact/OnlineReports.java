package org.bluelamp.contact;

import org.bluelamp.CrimeJourneySteps;
import org.bluelamp.WebSession;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Sends a crime report through the public pages, as a member of the public would, and waits for its contact. */
final class OnlineReports {

    private OnlineReports() {
    }

    static String crime(int port, JdbcClient jdbc, String story) {
        var reporter = new WebSession(port);
        reporter.get(CrimeJourneySteps.START);
        reporter.post(CrimeJourneySteps.START, "emergency", "no");
        for (var step : CrimeJourneySteps.STEPS) {
            reporter.post(step.path(), step.formWith(story));
        }
        var confirmation = reporter.post(CrimeJourneySteps.SUBMIT, "declaration", "accepted");
        var sent = Pattern.compile("data-reference>([A-Z0-9-]+)<").matcher(confirmation.body());
        assertThat(sent.find()).as("a reference on the confirmation page").isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM contact WHERE reference = :r")
                .param("r", sent.group(1)).query(Integer.class).single() == 1);
        return sent.group(1);
    }
}
