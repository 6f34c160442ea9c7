package org.bluelamp.crash;

import org.bluelamp.CrimeJourneySteps;
import org.bluelamp.WebSession;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * People reporting crimes at once, each as a browser without JavaScript, one journey after another until told to
 * stop. A journey that fails (the server was killed under it) is given up, as a person would, and a new one begun.
 */
final class Crowd implements AutoCloseable {

    private static final Pattern REFERENCE = Pattern.compile("data-reference>([A-Z0-9-]+)<");

    private final int port;
    private final Acknowledged acknowledged;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger failedJourneys = new AtomicInteger();
    private final List<Thread> people = new ArrayList<>();

    private Crowd(int port, Acknowledged acknowledged) {
        this.port = port;
        this.acknowledged = acknowledged;
    }

    static Crowd start(int port, int size, Acknowledged acknowledged) {
        var crowd = new Crowd(port, acknowledged);
        for (int i = 0; i < size; i++) {
            var person = new Thread(crowd::reportUntilStopped, "person-" + i);
            crowd.people.add(person);
            person.start();
        }
        return crowd;
    }

    int failedJourneys() {
        return failedJourneys.get();
    }

    private void reportUntilStopped() {
        while (!stopping.get()) {
            try {
                reportOnce(new WebSession(port));
            } catch (RuntimeException | AssertionError interrupted) {
                failedJourneys.incrementAndGet();
            }
        }
    }

    private void reportOnce(WebSession browser) {
        String story = "Crash test " + UUID.randomUUID() + ": my bike was taken from outside the library.";
        browser.get("/report/crime");
        var first = browser.post("/report/crime", "emergency", "no");
        if (!first.path().equals("/report/crime/crime-type")) {
            throw new AssertionError("not started: " + first.status());
        }
        var draft = acknowledged.draft(browser.cookie("bluelamp_draft"), story);
        for (var step : CrimeJourneySteps.STEPS) {
            if (stopping.get()) {
                return;
            }
            var page = browser.post(step.path(), step.formWith(story));
            if (page.status() != 200 || page.path().equals(step.path())) {
                throw new AssertionError("not saved: " + step.question() + " " + page.status());
            }
            acknowledged.saved(draft, step.question());
        }
        var confirmation = browser.post("/report/crime/submit", "declaration", "accepted");
        var reference = REFERENCE.matcher(confirmation.body());
        if (confirmation.status() == 200 && reference.find()) {
            acknowledged.sent(reference.group(1), draft);
        }
    }

    /** Tells everyone to stop and waits for them: a journey in flight ends at its next page. */
    @Override
    public void close() throws InterruptedException {
        stopping.set(true);
        for (Thread person : people) {
            person.join();
        }
    }
}
