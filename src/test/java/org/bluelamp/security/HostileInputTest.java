package org.bluelamp.security;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.security.HostileClient.Pair;
import org.bluelamp.security.PageForms.Form;
import org.bluelamp.security.PageForms.Kind;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At least ten thousand hostile inputs, found rather than listed: every public journey walked from its start page,
 * the other public pages and every staff page reached by following links, each form sent values an attacker would
 * send (markup, floods, broken Unicode, wrong choices, wrong content types, hostile files) and every staff address
 * tried with ids that are not the caller's. Nothing may answer with a server error or show the hostile markup as
 * markup, and no draft may lose an answer. Seeded, so a failure's case can be sent again.
 */
@BluelampTest
class HostileInputTest {

    static final long SEED = 21_2026L;
    static final int AT_LEAST = 10_000;
    /**
     * The run is a fixed set of cases (so a seed reproduces it), about 11,000 requests: about 2 minutes on a quiet
     * 2-core machine. These bounds only stop a run that hangs; one cut short fails on its request count.
     */
    private static final Logger log = LoggerFactory.getLogger(HostileInputTest.class);
    private static final Duration TIME_LIMIT = Duration.ofMinutes(8);
    private static final Duration JOURNEYS = Duration.ofMinutes(4);
    private static final Duration FORMS = Duration.ofMinutes(7);
    private static final int THREADS = 3;
    private static final int CASES_PER_QUESTION = 24;
    private static final int CASES_PER_PUBLIC_FORM = 120;
    private static final int CASES_PER_STAFF_FORM = 160;
    private static final Pattern SERVICE_LINK = Pattern.compile("^/report/([a-z0-9-]+)$");
    private static final Pattern ID_SEGMENT = Pattern.compile(
            "(?<=/)([A-Z]{2}(?:-[A-Z0-9]{3,4}){2,3}|[0-9a-f]{8}-[0-9a-f-]{27}|\\d+)(?=/|$|\\?)");
    /** Forms that end the session the run is using; sending them hostile values proves nothing more. */
    private static final List<String> NOT_SENT = List.of("sign-out", "/staff/keep-alive");
    /** Forms that change what else can be done, sent last so the forms before them still apply. */
    private static final List<String> SENT_LAST = List.of("close", "file", "dispose", "disable", "reset", "end",
            "leave", "withdraw", "cancel", "release", "refusals", "set-up-link");

    @LocalServerPort
    int port;

    private final Set<String> mine = Collections.synchronizedSet(new LinkedHashSet<>());

    @Autowired
    StaffAccountsForTests accounts;

    @Test
    void hostileInputsGetNoServerErrorNoReflectedMarkupAndLoseNothingFromADraft() throws Exception {
        var findings = new Findings(SEED);
        var coverage = Collections.synchronizedList(new ArrayList<String>());
        ExecutorService threads = Executors.newFixedThreadPool(THREADS + 1);
        var started = Instant.now();
        var references = new ArrayList<String>();
        try {
            phase("journeys", findings, started, () -> references.addAll(
                    walkEveryJourney(findings, started.plus(JOURNEYS), threads, coverage)));
            // The other public pages alongside the staff forms: they share nothing but the server.
            var publicPages = threads.submit(() -> phase("public pages", findings, started, () -> fuzzPublicPages(
                    findings, started.plus(FORMS), references, coverage)));
            phase("staff pages", findings, started, () -> fuzzStaffPages(findings, started.plus(FORMS),
                    started.plus(TIME_LIMIT), threads, references, coverage));
            publicPages.get(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        log.info("Hostile-input run: " + findings.requests() + " requests, seed " + SEED
                + "\nSlowest kinds: " + findings.slowest()
                + "\nPer form: " + findings.perForm() + "\nCoverage notes: " + String.join("\n", coverage)
                + "\n" + findings.report());
        assertThat(findings.failures()).as(findings.report()).isEmpty();
        assertThat(findings.requests()).as("requests sent (a run cut short by its time limit sends fewer)").isGreaterThanOrEqualTo(AT_LEAST);
    }

    private interface Phase {
        void run() throws Exception;
    }

    /** Runs one part of the run; one that fails or overruns is reported with the rest, not instead of them. */
    private static void phase(String name, Findings findings, Instant started, Phase phase) {
        try {
            phase.run();
        } catch (Exception | AssertionError failure) {
            findings.failed(name, new IllegalStateException(failure));
        }
        log.info("Hostile-input run: " + name + " done after " + Duration.between(started, Instant.now())
                + ", " + findings.requests() + " requests, " + findings.failures().size() + " failures; slowest "
                + findings.slowest());
    }

    /** Each service in the catalogue, walked to its confirmation; the references of those that got there. */
    private List<String> walkEveryJourney(Findings findings, Instant deadline, ExecutorService threads,
                                          List<String> coverage) throws Exception {
        var client = new HostileClient(port, findings);
        var services = new LinkedHashSet<String>();
        for (String link : PageForms.links(client.get("public catalogue", "visit", "/report").page())) {
            var matcher = SERVICE_LINK.matcher(link);
            if (matcher.matches() && !matcher.group(1).equals("emergency")) {
                services.add(matcher.group(1));
            }
        }
        assertThat(services).as("services in the catalogue").hasSizeGreaterThanOrEqualTo(11);
        var walks = new ArrayList<Future<String>>();
        for (String service : services) {
            walks.add(threads.submit(() -> {
                var walker = new JourneyWalker(service, new HostileClient(port, findings), findings,
                        new Random(SEED ^ service.hashCode()), CASES_PER_QUESTION, deadline);
                String reference = walker.walk();
                coverage.add(service + ": " + walker.summary() + " pages " + walker.covered().size());
                return reference;
            }));
        }
        var references = new ArrayList<String>();
        for (var walk : walks) {
            String reference = walk.get(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (reference != null && !reference.isBlank()) {
                references.add(reference);
            }
        }
        if (references.size() < services.size()) {
            findings.failed("journeys", new IllegalStateException("only " + references.size() + " of "
                    + services.size() + " journeys walked to the end"));
        }
        return references;
    }

    /** Tracking, subject access, BSL and the rest: every public form reached by links, and the steps after it. */
    private void fuzzPublicPages(Findings findings, Instant deadline, List<String> references, List<String> coverage) {
        var client = new HostileClient(port, findings);
        var crawler = new SiteCrawler(client, "public", path -> !path.startsWith("/report/")
                && (!path.startsWith("/staff") || path.startsWith("/staff/sign-in")), 80);
        crawler.crawl(List.of("/", "/track", "/your-data", "/bsl", "/bsl/message", "/bsl/check", "/leave",
                "/staff/sign-in", "/report/emergency"));
        var random = new Random(SEED);
        var seen = new LinkedHashSet<String>();
        for (var found : crawler.forms().values()) {
            chain(client, random, found.form(), "public", references, seen, deadline, 6, CASES_PER_PUBLIC_FORM);
        }
        coverage.add("public pages visited: " + crawler.pages());
        coverage.add("public forms: " + seen);
    }

    /**
     * Staff pages as a member holding every role, found by following links from the home page; each form sent
     * hostile values; every address with an id tried with forged ids; and an officer who holds none of these
     * contacts trying each contact address.
     */
    private void fuzzStaffPages(Findings findings, Instant deadline, Instant end, ExecutorService threads,
                                List<String> references, List<String> coverage) throws Exception {
        var everyRole = signedIn(findings, StaffRole.values());
        var crawler = new SiteCrawler(everyRole.client(), "staff", path -> path.startsWith("/staff")
                && NOT_SENT.stream().noneMatch(path::contains), 250);
        var start = new ArrayList<String>(List.of("/staff", "/staff/contacts", "/staff/relay", "/staff/visits",
                "/staff/data-requests", "/staff/retention", "/staff/access-log", "/staff/accounts", "/staff/calls/new",
                "/staff/outbox", "/staff/relay/messages", "/staff/account", "/staff/passkeys"));
        references.forEach(reference -> start.add("/staff/contacts/" + reference));
        crawler.crawl(start);
        coverage.add("staff pages visited: " + crawler.pages().size() + " " + crawler.pages());

        var forms = new ArrayList<>(crawler.forms().values().stream()
                .filter(found -> NOT_SENT.stream().noneMatch(found.form().action()::contains)).toList());
        forms.sort(Comparator.comparing(found -> SENT_LAST.stream().anyMatch(found.form().action()::contains)));
        var seen = Collections.synchronizedSet(new LinkedHashSet<String>());
        var workers = new ArrayList<Future<?>>();
        for (int t = 0; t < THREADS; t++) {
            int part = t;
            var member = t == 0 ? everyRole : signedIn(findings, StaffRole.values());
            workers.add(threads.submit((Callable<Void>) () -> {
                var random = new Random(SEED + part);
                for (int i = part; i < forms.size(); i += THREADS) {
                    chain(member.client(), random, forms.get(i).form(), "staff", references, seen, deadline, 12,
                            CASES_PER_STAFF_FORM);
                }
                return null;
            }));
        }
        for (var worker : workers) {
            worker.get(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS);
        }
        coverage.add("staff forms: " + seen);

        forgeIds(everyRole.client(), crawler, new Random(SEED), end);
        outOfScope(findings, crawler, references, end);
    }

    /**
     * Sends the form hostile values, then plausible ones; if that leads to a new form (the next step of a
     * journey), that one too, up to {@code depth} steps.
     */
    private void chain(HostileClient client, Random random, Form form, String area, List<String> references,
                       Set<String> seen, Instant deadline, int depth, int cases) {
        var fuzzer = new FormFuzzer(client, random, deadline);
        for (int step = 0; step < depth && form != null && Instant.now().isBefore(deadline); step++) {
            String key = area + " " + form.method().toUpperCase() + " " + SiteCrawler.pattern(form.action());
            if (!seen.add(key) || NOT_SENT.stream().anyMatch(form.action()::contains)) {
                return;
            }
            if (mine.stream().anyMatch(form.action()::contains)) {
                return; // the run's own accounts stay usable
            }
            var plausible = PlausibleAnswers.of(form, new PlausibleAnswers.Attempt(0, 0), "c" + step);
            if (form.field("_csrf") != null) {
                plausible.put("_csrf", List.of(client.csrf()));
            }
            if (form.field("reference") != null && !references.isEmpty()) {
                plausible.put("reference", List.of(references.get(random.nextInt(references.size()))));
            }
            if (!form.posts()) {
                for (int i = 0; i < cases / 4; i++) {
                    var kind = HostileValues.pickShort(random);
                    client.get(key, kind.name(), form.path() + "?" + queryOf(form, kind, i));
                }
                return;
            }
            fuzzer.fuzz(key, form, cases, plausible);
            var files = form.fields().stream().filter(f -> f.kind() == Kind.FILE)
                    .map(f -> new HostileClient.Upload(f.name(), "photo.jpg", "image/jpeg", HostileFiles.jpeg(64, 48)))
                    .toList();
            HostileClient.Response next = null;
            for (int style = 0; style < 3 && (next == null || next.path().equals(form.action())); style++) {
                var values = style == 0 ? plausible
                        : PlausibleAnswers.of(form, new PlausibleAnswers.Attempt(style, 0), "c" + step);
                values.putAll(Map.of("_csrf", List.of(client.csrf())));
                var pairs = new ArrayList<Pair>();
                values.forEach((name, list) -> list.forEach(value -> pairs.add(Pair.of(name, value))));
                form.buttons().stream().filter(b -> !b.name().isBlank()).findFirst()
                        .ifPresent(b -> pairs.add(Pair.of(b.name(), b.value())));
                next = form.multipart() ? client.multipart(key, "plausible", form.action(), pairs, files)
                        : client.post(key, "plausible", form.action(), pairs);
            }
            form = next.path().equals(form.action()) ? null : JourneyWalker.mainForm(next, area.equals("staff"));
        }
    }

    /** Every address with an id in it, with ids that are not real: made up, too long, paths, hostile text. */
    private void forgeIds(HostileClient client, SiteCrawler crawler, Random random, Instant deadline) {
        var addresses = new LinkedHashSet<String>(crawler.pages());
        crawler.forms().values().forEach(found -> addresses.add(found.form().action()));
        String csrf = crawler.forms().values().stream().map(f -> f.form().field("_csrf")).filter(f -> f != null)
                .map(PageForms.Field::value).findFirst().orElse("");
        var seenPatterns = new LinkedHashSet<String>();
        for (String address : addresses) {
            var matcher = ID_SEGMENT.matcher(JourneyWalker.pathOnly(address));
            if (!matcher.find() || !seenPatterns.add(SiteCrawler.pattern(address)) || Instant.now().isAfter(deadline)) {
                continue;
            }
            String key = "forged id " + SiteCrawler.pattern(address);
            var forgeries = List.of("LP-ZZZ-ZZZ-ZZZ", "LP-ZZZZ-ZZZZ", "LP-" + "A".repeat(5000), java.util.UUID.randomUUID().toString(),
                    "..%2F..%2Fstaff%2Faccounts", "../../../etc/passwd", "%00", "-1", "99999999999999999999",
                    "0x41", "%F0%9F%9A%93", encoded(HostileValues.pickShort(random), random.nextInt(1000)));
            for (String forged : forgeries) {
                String path = address.substring(0, matcher.start()) + forged
                        + JourneyWalker.pathOnly(address).substring(matcher.end());
                client.get(key, forged.length() > 40 ? forged.substring(0, 40) : forged, path);
                client.post(key, forged.length() > 40 ? forged.substring(0, 40) : forged, path,
                        HostileClient.pairs("_csrf", csrf));
            }
        }
    }

    /** An officer holding none of the walked reports opens each contact address: none may be shown. */
    private void outOfScope(Findings findings, SiteCrawler crawler, List<String> references, Instant end) {
        var officer = signedIn(findings, StaffRole.OFFICER);
        var contactPage = Pattern.compile("^/staff/contacts/([A-Z]{2}-[A-Z0-9-]+)(/.*)?$");
        var tried = new LinkedHashSet<String>();
        for (String page : crawler.pages()) {
            var matcher = contactPage.matcher(JourneyWalker.pathOnly(page));
            if (!matcher.matches() || !tried.add(SiteCrawler.pattern(page)) || Instant.now().isAfter(end)) {
                continue;
            }
            for (String reference : references) {
                String path = page.replace(matcher.group(1), reference);
                var response = officer.client().get("out of scope " + SiteCrawler.pattern(page), reference, path);
                if (response.status() / 100 == 2 && response.body().contains(reference)) {
                    findings.exposed("out of scope " + SiteCrawler.pattern(page), reference, path, response.status(),
                            "an officer not holding the contact was shown it");
                }
            }
        }
    }

    private String queryOf(Form form, HostileValues.Kind kind, int n) {
        var query = new StringBuilder();
        for (var field : form.fields()) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(java.net.URLEncoder.encode(field.name(), StandardCharsets.UTF_8)).append('=')
                    .append(encoded(kind, n));
        }
        return query.toString();
    }

    private static String encoded(HostileValues.Kind kind, int n) {
        String value = kind.value().apply(n);
        return kind.raw() ? value : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A member of staff signed in with both factors in a client of the run. */
    private record Member(HostileClient client, String username) {
    }

    private Member signedIn(Findings findings, StaffRole... roles) {
        var account = accounts.create(roles);
        mine.add(account.username());
        var client = new HostileClient(port, findings);
        var page = client.get("staff sign-in", "sign in", "/staff/sign-in");
        String csrf = page.page().select("input[name=_csrf]").attr("value");
        var code = client.post("staff sign-in", "sign in", "/staff/sign-in", HostileClient.pairs("_csrf", csrf,
                "username", account.username(), "password", StaffAccountsForTests.PASSWORD));
        csrf = code.page().select("input[name=_csrf]").attr("value");
        var home = client.post("staff sign-in", "sign in", "/staff/sign-in/code",
                HostileClient.pairs("_csrf", csrf, "code", account.code()));
        assertThat(home.path()).as("signed in").doesNotContain("sign-in");
        return new Member(client, account.username());
    }

}
