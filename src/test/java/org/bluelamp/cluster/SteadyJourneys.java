package org.bluelamp.cluster;

import org.bluelamp.CrimeJourneySteps;
import org.bluelamp.WebSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * People reporting crimes through the load balancer, one journey after another, without JavaScript. Unlike a crash
 * run, nothing here may fail: every page is counted, every answer that is not a page the person asked for is kept
 * (a 5xx, an error the proxy gave), and every reference shown is remembered with its story.
 */
final class SteadyJourneys implements AutoCloseable {

    private static final Pattern REFERENCE = Pattern.compile("data-reference>([A-Z0-9-]+)<");

    private final int port;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger pages = new AtomicInteger();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final Map<String, String> storiesByReference = new ConcurrentHashMap<>();
    private final List<Thread> people = new ArrayList<>();

    private SteadyJourneys(int port) {
        this.port = port;
    }

    static SteadyJourneys start(int port, int size) {
        var load = new SteadyJourneys(port);
        for (int i = 0; i < size; i++) {
            var person = new Thread(load::reportUntilStopped, "steady-person-" + i);
            load.people.add(person);
            person.start();
        }
        return load;
    }

    int pages() {
        return pages.get();
    }

    int reports() {
        return storiesByReference.size();
    }

    /** Whatever went wrong, as "page: status", empty when every page was served. */
    List<String> failures() {
        return List.copyOf(failures);
    }

    Map<String, String> storiesByReference() {
        return Map.copyOf(storiesByReference);
    }

    private void reportUntilStopped() {
        while (!stopping.get()) {
            try {
                reportOnce(new WebSession(port));
            } catch (RuntimeException e) {
                failures.add("a journey: " + e);
            }
        }
    }

    private void reportOnce(WebSession browser) {
        String story = "Cluster test " + UUID.randomUUID() + ": my shed was broken into.";
        check("/report/crime", browser.get("/report/crime"));
        check("/report/crime", browser.post("/report/crime", "emergency", "no"));
        for (var step : CrimeJourneySteps.STEPS) {
            var page = browser.post(step.path(), step.formWith(story));
            check(step.path(), page);
            if (page.path().equals(step.path())) {
                failures.add(step.path() + ": the answer was not accepted");
                return;
            }
        }
        var confirmation = browser.post("/report/crime/submit", "declaration", "accepted");
        check("/report/crime/submit", confirmation);
        var reference = REFERENCE.matcher(confirmation.body());
        if (reference.find()) {
            storiesByReference.put(reference.group(1), story);
        } else {
            failures.add("/report/crime/submit: no reference shown");
        }
    }

    private void check(String path, WebSession.Page page) {
        pages.incrementAndGet();
        if (page.status() != 200) {
            failures.add(path + ": " + page.status());
        }
    }

    /** Stops after each person's current page; a journey cut short is not a failure. */
    @Override
    public void close() throws InterruptedException {
        stopping.set(true);
        for (Thread person : people) {
            person.join();
        }
    }
}
