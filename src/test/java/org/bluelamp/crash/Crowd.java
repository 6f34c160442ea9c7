package org.bluelamp.crash;

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

    /** The crime journey, page by page: the question and the form sent for it. */
    private static final List<List<String>> STEPS = List.of(
            List.of("crime-type", "crime-type", "theft"),
            List.of("what-happened", "what-happened", "STORY"),
            List.of("when", "when", "exact", "when-exact-day", "3", "when-exact-month", "11", "when-exact-year", "2026",
                    "when-exact-time", "9am"),
            List.of("where", "where", "address", "where-line1", "1 Library Street", "where-town", "Leicester",
                    "where-postcode", "le1 1aa"),
            List.of("anything-stolen", "anything-stolen", "no"),
            List.of("anything-damaged", "anything-damaged", "no"),
            List.of("suspect", "suspect", "no"),
            List.of("witnesses", "witnesses", "not-sure"),
            List.of("evidence", "evidence", "no"),
            List.of("reporter-role", "reporter-role", "victim"),
            List.of("your-name", "your-name", "Alex Example"),
            List.of("date-of-birth", "date-of-birth-day", "27", "date-of-birth-month", "3", "date-of-birth-year", "1985"),
            List.of("your-address", "your-address-line1", "2 Home Road", "your-address-town", "Leicester",
                    "your-address-postcode", "LE2 2BB"),
            List.of("contact-details", "contact-details-email", "alex@example.com"),
            List.of("preferred-contact", "preferred-contact", "email"),
            List.of("safe-to-contact", "safe-to-contact", "any-time"),
            List.of("support-needs", "support-needs", "none"));

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
        for (List<String> step : STEPS) {
            if (stopping.get()) {
                return;
            }
            String question = step.get(0);
            var form = step.subList(1, step.size()).stream().map(value -> value.equals("STORY") ? story : value)
                    .toArray(String[]::new);
            var page = browser.post("/report/crime/" + question, form);
            if (page.status() != 200 || page.path().equals("/report/crime/" + question)) {
                throw new AssertionError("not saved: " + question + " " + page.status());
            }
            acknowledged.saved(draft, question);
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
