package org.bluelamp.security;

import org.bluelamp.reporting.upload.TestVideos;
import org.bluelamp.security.HostileClient.Pair;
import org.bluelamp.security.HostileClient.Response;
import org.bluelamp.security.PageForms.Form;
import org.bluelamp.security.PageForms.Kind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Walks one public journey from its start page to its confirmation as a person would, guessing answers from each
 * page's form; on every page it first sends the form hostile values, then checks that the answers given on the
 * pages before are still there. It also saves for later once, and tries the resume link with forged tokens.
 */
final class JourneyWalker {

    private static final Pattern REFERENCE = Pattern.compile("data-reference>([A-Z0-9-]+)<");
    private static final int MOST_PAGES = 60;

    /** A page answered on the way: its address and what was sent. */
    private record Answered(String path, Map<String, List<String>> values) {
    }

    private final String service;
    private final HostileClient client;
    private final FormFuzzer fuzzer;
    private final Findings findings;
    private final Random random;
    private final int casesPerPage;
    private final Instant deadline;
    private final List<Answered> answered = new ArrayList<>();
    private final List<String> covered = new ArrayList<>();
    private String reference;
    private String stoppedAt;
    private String lastErrors = "";

    JourneyWalker(String service, HostileClient client, Findings findings, Random random, int casesPerPage,
                  Instant deadline) {
        this.service = service;
        this.client = client;
        this.fuzzer = new FormFuzzer(client, random, deadline);
        this.findings = findings;
        this.random = random;
        this.casesPerPage = casesPerPage;
        this.deadline = deadline;
    }

    /** The reference the walk ended with, or null if it could not finish (said by {@link #stoppedAt()}). */
    String walk() {
        Response page = client.get(key("start"), "walk", "/report/" + service);
        boolean savedForLater = false;
        for (int step = 0; step < MOST_PAGES && Instant.now().isBefore(deadline); step++) {
            String path = pathOnly(page.path());
            if (path.endsWith("/confirmation")) {
                var matcher = REFERENCE.matcher(page.body());
                reference = matcher.find() ? matcher.group(1) : "";
                return reference;
            }
            var form = mainForm(page);
            if (form == null) {
                stoppedAt = "no form on " + path + " (" + page.status() + ")";
                return null;
            }
            String key = key(formName(path));
            covered.add(key);
            fuzzer.fuzz(key, form, casesPerPage, PlausibleAnswers.of(form, new PlausibleAnswers.Attempt(1, 0), key));
            fuzzQuery(key, path);
            checkNothingLost(key);
            if (!savedForLater && answered.size() >= 3 && form.buttons().stream()
                    .anyMatch(b -> b.name().equals("save-for-later"))) {
                savedForLater = true;
                saveForLater(path, form);
                page = client.get(key, "back after saving", path);
                continue;
            }
            Response next = answer(path, form);
            if (next == null) {
                stoppedAt = "no answer accepted on " + path + ": " + lastErrors;
                return null;
            }
            page = next;
        }
        stoppedAt = "too many pages or out of time at " + page.path();
        return null;
    }

    List<String> covered() {
        return covered;
    }

    String stoppedAt() {
        return stoppedAt;
    }

    /** Tries guesses until the page moves on; a page with no way on (a signpost to 999) means another choice before. */
    private Response answer(String path, Form form) {
        for (int option = 0; option < 6; option++) {
            var wrong = new java.util.HashSet<String>();
            for (int style = 0; style < 5; style++) {
                var values = PlausibleAnswers.of(form, new PlausibleAnswers.Attempt(Math.min(style, 2), option),
                        service);
                if (style == 3) {
                    // Leave empty what was refused, as a person skips an optional field they cannot fill.
                    wrong.forEach(name -> values.computeIfPresent(name, (n, v) -> List.of("")));
                } else if (style == 4) {
                    // Or type nothing and go on (a list of items already full, say).
                    form.fields().stream().filter(f -> f.kind() == Kind.TEXT || f.kind() == Kind.TEXTAREA)
                            .forEach(f -> values.put(f.name(), List.of("")));
                }
                var response = submit(form, values, Math.min(style, 2));
                String to = pathOnly(response.path());
                if (!to.equals(path) || path.endsWith("/check-your-answers") && to.endsWith("/confirmation")) {
                    if (mainForm(response) == null && !to.endsWith("/confirmation")) {
                        client.get(key(formName(path)), "back from a dead end", path);
                        break; // a signpost: choose differently
                    }
                    answered.add(new Answered(path, values));
                    return response;
                }
                var errors = response.page().select(".govuk-error-summary a[href^=#]");
                lastErrors = errors.eachText() + " for " + values;
                if (style < 3) {
                    wrong.clear();
                    errors.forEach(link -> wrong.add(link.attr("href").substring(1)));
                }
                if (errors.isEmpty() && response.page().select(".govuk-error-summary").isEmpty()) {
                    // Accepted but the same page again (another item, another file): move on with nothing more.
                    var more = PlausibleAnswers.of(form, new PlausibleAnswers.Attempt(1, option), service);
                    form.fields().stream().filter(f -> f.kind() == Kind.TEXT || f.kind() == Kind.TEXTAREA)
                            .forEach(f -> more.put(f.name(), List.of("")));
                    response = submit(form, more, 2);
                    if (!pathOnly(response.path()).equals(path)) {
                        answered.add(new Answered(path, values));
                        return response;
                    }
                }
            }
        }
        return null;
    }

    /** Sends the answers; a file question gets a small photo on the first try, a short video on the second. */
    private Response submit(Form form, Map<String, List<String>> values, int style) {
        var pairs = new ArrayList<Pair>();
        values.forEach((name, list) -> list.forEach(value -> pairs.add(Pair.of(name, value))));
        form.buttons().stream().filter(b -> !b.name().isBlank() && !b.name().equals("save-for-later")).findFirst()
                .ifPresent(b -> pairs.add(Pair.of(b.name(), b.value())));
        String key = key(formName(pathOnly(form.action())));
        var files = form.fields().stream().filter(f -> f.kind() == Kind.FILE && style < 2)
                .map(f -> style == 0 ? new HostileClient.Upload(f.name(), "photo.jpg", "image/jpeg",
                        HostileFiles.jpeg(64, 48)) : new HostileClient.Upload(f.name(), "message.webm", "video/webm",
                        TestVideos.webm()))
                .toList();
        return form.multipart() ? client.multipart(key, "walk", form.action(), pairs, files)
                : client.post(key, "walk", form.action(), pairs);
    }

    /** The answers given before are still there, on their own pages, after all that was sent since. */
    private void checkNothingLost(String key) {
        if (answered.isEmpty()) {
            return;
        }
        var earlier = new ArrayList<Answered>();
        earlier.add(answered.getLast());
        if (answered.size() % 3 == 0) {
            earlier.add(answered.get(random.nextInt(answered.size())));
        }
        for (Answered page : earlier) {
            // The start page's question (is it an emergency?) steers and is not kept in the draft.
            if (page.path().endsWith("/check-your-answers") || page.path().equals("/report/" + service)
                    || !page.path().startsWith("/report/")) {
                continue;
            }
            var shown = client.get(key, "still there", page.path());
            if (!pathOnly(shown.path()).equals(page.path())) {
                continue; // no longer asked (a later answer changed the route), which is not a loss
            }
            var form = mainForm(shown);
            if (form == null) {
                findings.lost(key, "after hostile posts", page.path(), "the page no longer has its form");
                continue;
            }
            var now = PageForms.shown(form);
            page.values().forEach((name, values) -> {
                var field = form.field(name);
                // A detail under a choice not made is rightly dropped; so is what a page's own hostile posts replaced.
                if (field == null || field.kind() == Kind.HIDDEN || field.conditional()
                        || values.stream().allMatch(String::isBlank)) {
                    return;
                }
                var current = now.getOrDefault(name, List.of());
                boolean kept = switch (field.kind()) {
                    case RADIO, CHECKBOX, SELECT -> current.containsAll(values);
                    // A page that adds items shows those added in a list above empty fields for the next one.
                    default -> !current.isEmpty() && !current.getFirst().isBlank()
                            || shown.page().select(".govuk-summary-list").text().contains(values.getFirst());
                };
                if (!kept) {
                    findings.lost(key, "after hostile posts", page.path(), name + " was " + values + ", now " + current);
                }
            });
        }
    }

    private void saveForLater(String path, Form form) {
        String key = key("save-for-later");
        var values = PlausibleAnswers.of(form, new PlausibleAnswers.Attempt(1, 0), service);
        var pairs = new ArrayList<Pair>();
        values.forEach((name, list) -> list.forEach(value -> pairs.add(Pair.of(name, value))));
        pairs.add(Pair.of("save-for-later", "yes"));
        var page = form.multipart() ? client.multipart(key, "walk", form.action(), pairs, List.of())
                : client.post(key, "walk", form.action(), pairs);
        var saveForm = mainForm(page);
        if (saveForm == null) {
            return;
        }
        covered.add(key);
        fuzzer.fuzz(key, saveForm, casesPerPage, PlausibleAnswers.of(saveForm, new PlausibleAnswers.Attempt(1, 0), key));
        var sent = submit(saveForm, PlausibleAnswers.of(saveForm, new PlausibleAnswers.Attempt(1, 0), service), 2);
        // Forged resume links: made-up tokens, someone else's shape, paths and floods in the token's place.
        String resume = key("resume");
        covered.add(resume);
        for (int i = 0; i < 12; i++) {
            var kind = HostileValues.pickShort(random);
            String token = kind.raw() ? kind.value().apply(i)
                    : java.net.URLEncoder.encode(kind.value().apply(i), java.nio.charset.StandardCharsets.UTF_8);
            var gone = client.get(resume, kind.name(), "/resume/" + token);
            client.get(resume, kind.name(), "/resume/" + token + "/code");
            String csrf = gone.page().select("input[name=_csrf]").attr("value");
            client.post(resume, kind.name(), "/resume/" + token, HostileClient.pairs("_csrf", csrf, "code", "123456"));
            client.post(resume, kind.name(), "/resume/" + token + "/code",
                    HostileClient.pairs("_csrf", csrf, "code", kind.raw() ? "x" : kind.value().apply(i)));
            client.post(resume, kind.name(), "/resume/" + token + "/new-code", HostileClient.pairs("_csrf", csrf));
        }
        if (sent.status() >= 400) {
            stoppedAt = "save for later refused: " + sent.status();
        }
    }

    private void fuzzQuery(String key, String path) {
        for (int i = 0; i < 2; i++) {
            var kind = HostileValues.pickShort(random);
            client.get(key, "query " + kind.name(), path + "?" + fuzzer.hostileQuery(kind, i));
        }
    }

    /** The form that answers the page: the one posting back to a journey page with the most fields. */
    static Form mainForm(Response page) {
        return mainForm(page, false);
    }

    /** The same on a staff page (never the sign-out form in its header). */
    static Form mainForm(Response page, boolean staff) {
        if (!page.html() || page.status() >= 400) {
            return null;
        }
        return PageForms.of(page.page(), page.path()).stream().filter(Form::posts)
                .filter(f -> !f.action().contains("/leave") && !f.action().contains("sign-out")
                        && f.action().startsWith("/staff") == staff)
                .filter(f -> !f.buttons().isEmpty())
                .max(java.util.Comparator.comparingInt(f -> f.fields().size())).orElse(null);
    }

    private String key(String form) {
        return "public " + service + " " + form;
    }

    private String formName(String path) {
        String prefix = "/report/" + service;
        return path.startsWith(prefix + "/") ? path.substring(prefix.length() + 1) : path.equals(prefix) ? "start" : path;
    }

    static String pathOnly(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    Map<String, Object> summary() {
        var summary = new LinkedHashMap<String, Object>();
        summary.put("reference", reference);
        summary.put("stoppedAt", stoppedAt);
        summary.put("pages", answered.size());
        return summary;
    }
}
