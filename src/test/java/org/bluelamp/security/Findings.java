package org.bluelamp.security;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Every response of the hostile-input run, checked: a server error, no response, or a hostile value that came back
 * as markup rather than text is a failure; so is an answer lost from a draft. All are kept and reported together.
 */
final class Findings {

    /** A failure: what was sent (form, case), how, where it ended, and what was wrong. */
    record Failure(String form, String label, String method, String path, int status, String problem) {
        @Override
        public String toString() {
            return "[" + problem + "] " + method + " " + form + " case " + label + " -> " + status + " " + cut(path);
        }
    }

    private final long seed;
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> perForm = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.LongAdder> millis = new ConcurrentHashMap<>();
    private final List<Failure> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    Findings(long seed) {
        this.seed = seed;
    }

    void check(String form, String label, String method, HostileClient.Response response) {
        requests.incrementAndGet();
        perForm.computeIfAbsent(form, f -> new AtomicInteger()).incrementAndGet();
        if (response.status() == 0) {
            failures.add(new Failure(form, label, method, response.path(), 0, "no response"));
        } else if (response.status() >= 500) {
            failures.add(new Failure(form, label, method, response.path(), response.status(), "server error"));
        }
        if (response.html() && response.body().contains(HostileValues.MARK)) {
            String markup = markup(response.page());
            if (markup != null) {
                failures.add(new Failure(form, label, method, response.path(), response.status(),
                        "reflected markup: " + markup));
            }
        }
    }

    /** Time spent on a kind of case, to keep the run within its time. */
    void took(String label, long ms) {
        String kind = label.replaceAll("^\\d+:", "").replaceAll(" .*", "");
        millis.computeIfAbsent(kind, k -> new java.util.concurrent.atomic.LongAdder()).add(ms);
    }

    String slowest() {
        return millis.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .limit(15).map(e -> e.getKey() + "=" + e.getValue().sum() + "ms").collect(Collectors.joining(", "));
    }

    void failed(String phase, Exception failure) {
        failures.add(new Failure(phase, "phase", "-", "-", 0, "did not finish: " + failure));
    }

    void lost(String form, String label, String path, String what) {
        failures.add(new Failure(form, label, "GET", path, 200, "lost from the draft: " + what));
    }

    void exposed(String form, String label, String path, int status, String what) {
        failures.add(new Failure(form, label, "GET", path, status, "out of scope: " + what));
    }

    int requests() {
        return requests.get();
    }

    List<Failure> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** Requests per form, by name, for the record of what the run covered. */
    Map<String, Integer> perForm() {
        var counts = new TreeMap<String, Integer>();
        perForm.forEach((form, count) -> counts.put(form, count.get()));
        return counts;
    }

    String report() {
        var all = new ArrayList<>(failures());
        all.sort(java.util.Comparator.comparing(f -> f.problem().startsWith("lost")));
        var byKind = all.stream().collect(Collectors.groupingBy(f -> f.problem().replaceAll(":.*", "") + " on "
                + f.form(), TreeMap::new, Collectors.counting()));
        return "Seed " + seed + ", " + requests() + " requests, " + all.size() + " failures.\nBy kind and form: "
                + byKind + "\nFirst failures (re-run with the same seed to reproduce):\n"
                + all.stream().limit(150).map(Failure::toString).collect(Collectors.joining("\n"));
    }

    /**
     * What a hostile value became in the page, if it became markup: an element or attribute it brought, a script
     * or handler holding its mark, or a javascript: address. Text the page escaped parses back to text, not this.
     */
    static String markup(Document page) {
        if (!page.getElementsByTag(HostileValues.TAG).isEmpty()) {
            return "<" + HostileValues.TAG + "> element";
        }
        if (!page.select("[" + HostileValues.ATTRIBUTE + "]").isEmpty()) {
            return HostileValues.ATTRIBUTE + " attribute on <"
                    + page.select("[" + HostileValues.ATTRIBUTE + "]").first().tagName() + ">";
        }
        for (Element element : page.getAllElements()) {
            if (element.tagName().equals("script") && (element.data().contains(HostileValues.MARK)
                    || element.attr("src").contains(HostileValues.MARK))) {
                return "script " + cut(element.outerHtml());
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase();
                String value = attribute.getValue();
                if (!value.contains(HostileValues.MARK)) {
                    continue;
                }
                if (name.startsWith("on") || value.trim().toLowerCase().startsWith("javascript:")
                        && (name.equals("href") || name.equals("src") || name.equals("action")
                        || name.equals("formaction"))) {
                    return name + " on <" + element.tagName() + ">: " + cut(value);
                }
            }
        }
        return null;
    }

    private static String cut(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
    }
}
