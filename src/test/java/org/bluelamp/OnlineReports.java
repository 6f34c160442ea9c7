package org.bluelamp;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Sends a crime report through the public pages, as a member of the public would, and waits for its contact. */
public final class OnlineReports {

    private OnlineReports() {
    }

    public static String crime(int port, JdbcClient jdbc, String story) {
        return crime(port, jdbc, story, CrimeJourneySteps.STEPS);
    }

    /** A crime report answered with the steps given, e.g. {@link CrimeJourneySteps#contactedBy}. */
    public static String crime(int port, JdbcClient jdbc, String story, List<CrimeJourneySteps.Step> steps) {
        return crime(port, jdbc, story, steps, null);
    }

    /** A crime report sent from pages read in a language, e.g. "cy" (chosen with the language link first). */
    public static String crime(int port, JdbcClient jdbc, String story, List<CrimeJourneySteps.Step> steps,
                               String language) {
        var reporter = new WebSession(port);
        if (language != null) {
            reporter.get("/report?lang=" + language);
        }
        reporter.get(CrimeJourneySteps.START);
        reporter.post(CrimeJourneySteps.START, "emergency", "no");
        for (var step : steps) {
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
