package org.bluelamp.bench;

import org.bluelamp.CrimeJourneySteps;

import java.util.UUID;
import java.util.regex.Pattern;

/** The crime journey as load: started, answered page by page, and sent, failing loudly on anything unexpected. */
final class CrimeReports {

    private static final Pattern REFERENCE = Pattern.compile("data-reference>([A-Z0-9-]+)<");

    private CrimeReports() {
    }

    /** Starts a report: after this the browser is on the first question with a draft. */
    static void start(LoadBrowser browser) {
        browser.get(CrimeJourneySteps.START);
        expect(browser.post(CrimeJourneySteps.START, "emergency", "no"), CrimeJourneySteps.STEPS.getFirst().path());
    }

    /** Answers every question up to "Check your answers". */
    static void answerAll(LoadBrowser browser) {
        String story = "Bench " + UUID.randomUUID() + ": my bike was taken from outside the library.";
        for (var step : CrimeJourneySteps.STEPS) {
            var page = browser.post(step.path(), step.formWith(story));
            if (page.status() != 200 || page.path().equals(step.path())) {
                throw new IllegalStateException(step.question() + " not accepted: " + page.status());
            }
        }
    }

    /** Sends the report; its reference. */
    static String submit(LoadBrowser browser) {
        var confirmation = browser.post(CrimeJourneySteps.SUBMIT, "declaration", "accepted");
        var reference = REFERENCE.matcher(confirmation.body());
        if (confirmation.status() != 200 || !confirmation.path().equals(CrimeJourneySteps.CONFIRMATION)
                || !reference.find()) {
            throw new IllegalStateException("not sent: " + confirmation.status() + " " + confirmation.path());
        }
        return reference.group(1);
    }

    static LoadBrowser.Page expect(LoadBrowser.Page page, String path) {
        if (page.status() != 200 || !page.path().equals(path)) {
            throw new IllegalStateException("expected " + path + " but got " + page.status() + " " + page.path());
        }
        return page;
    }
}
