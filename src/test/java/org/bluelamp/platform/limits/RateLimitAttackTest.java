package org.bluelamp.platform.limits;

import com.zaxxer.hikari.HikariDataSource;
import org.bluelamp.BluelampTest;
import org.bluelamp.CrimeJourneySteps;
import org.bluelamp.MovableClock;
import org.bluelamp.TestClock;
import org.bluelamp.WebSession;
import org.bluelamp.chat.ChatDesk;
import org.bluelamp.platform.KeyedHash;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The attack from issue 21, as requests: one client making the force send texts to a stranger's mobile, filling the
 * interpreters' queue with phantom callers, and flooding the data protection team and the queues with requests and
 * reports. Each must stop at its limit with a kind page, and lose nothing the person had saved. The limits are
 * lowered for these tests only, in the context every test shares ({@link RateLimits#override}).
 */
@BluelampTest
@Import(MovableClock.class)
class RateLimitAttackTest {

    private static final String STORY = "Someone took my bike from outside the library.";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RateLimits limits;

    @Autowired
    KeyedHash hash;

    @Autowired
    HikariDataSource pool;

    @Autowired
    ChatDesk chatDesk;

    private Instant from;

    /** A new day (so no earlier test's counts apply), at 9am UK time, when the relay is open. */
    @BeforeEach
    void freshWindowsWhileTheRelayIsOpen() {
        clock.advance(Duration.ofDays(1));
        var now = ZonedDateTime.ofInstant(clock.instant(), LondonTime.ZONE);
        var nine = now.toLocalDate().atTime(9, 0).atZone(LondonTime.ZONE);
        clock.advance(Duration.between(now, nine.isAfter(now) ? nine : nine.plusDays(1)).plusMinutes(1));
        from = clock.instant();
    }

    @AfterEach
    void generousAgain() {
        limits.restore();
    }

    @Test
    void thirtyOneSavesForLaterToOneMobileSendAtMostTheCapAndTheDraftIsKept() {
        limits.override(LimitedAction.SAVE_FOR_LATER, new Limit(100, 3, 5));
        String digits = "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
        String mobile = "07700 900" + digits;
        var attacker = new WebSession(port);
        attacker.get(CrimeJourneySteps.START);
        attacker.post(CrimeJourneySteps.START, "emergency", "no");
        attacker.post("/report/crime/crime-type", "crime-type", "theft");
        attacker.post("/report/crime/what-happened", "what-happened", STORY);

        var pages = new ArrayList<WebSession.Page>();
        for (int i = 0; i < 31; i++) {
            attacker.get("/report/crime/save-for-later");
            pages.add(attacker.post("/report/crime/save-for-later", "send-by", "text", "mobile", mobile));
        }

        assertThat(pages.subList(0, 3)).allSatisfy(page -> assertThat(page.pathOnly()).isEqualTo("/report/crime/link-sent"));
        assertThat(pages.subList(3, 31)).allSatisfy(page -> assertThat(page.status()).isEqualTo(429));
        var last = pages.getLast();
        assertThat(last.body()).contains("You have tried this too many times", "You can try again after",
                        "Your answers have been kept.", "href=\"/report/crime/", "call 101", "In an emergency, call 999.")
                .doesNotContain(mobile, "CAPTCHA", "captcha");
        long retryAfter = Long.parseLong(attacker.lastHeaders().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, Duration.ofHours(1).toSeconds());

        assertThat(count("SELECT count(*) FROM draft_resume_link WHERE created_at >= :from")).isEqualTo(3);
        await().atMost(Duration.ofSeconds(10)).until(() -> textsTo("+447700900" + digits) >= 3 && outstandingEvents() == 0);
        assertThat(textsTo("+447700900" + digits)).as("texts queued for the one mobile").isEqualTo(3);
        assertThat(attacker.get("/report/crime/what-happened").body()).as("the draft is intact").contains(STORY);
    }

    @Test
    void fiveChatsFromOneClientQueueAtMostTheLimitAndTheRestAreToldKindly() {
        limits.override(LimitedAction.CHAT_JOIN, new Limit(2, 1, 1));
        var pages = new ArrayList<WebSession.Page>();
        var people = new ArrayList<WebSession>();
        for (int i = 0; i < 5; i++) {
            var person = new WebSession(port);
            person.get("/chat/about");
            pages.add(person.post("/chat/join", "name", "", "about", "Chat number " + i));
            people.add(person);
        }

        assertThat(jdbc.sql("SELECT count(*) FROM chat WHERE status = 'waiting' AND queued_at >= :from")
                .param("from", java.sql.Timestamp.from(from)).query(Integer.class).single())
                .as("phantom people in the handlers' queue").isEqualTo(2);
        assertThat(pages.subList(0, 2)).allSatisfy(page -> assertThat(page.pathOnly()).isEqualTo("/chat/now"));
        assertThat(pages.subList(2, 5)).allSatisfy(page -> {
            assertThat(page.status()).isEqualTo(429);
            assertThat(page.body()).contains("You have tried this too many times", "report online");
        });
        assertThat(people.get(4).cookie("bluelamp_chat")).as("no key to a chat").isNull();
        assertThat(people.getFirst().post("/chat/join", "about", "Again").pathOnly())
                .as("a live chat is gone back to, not queued again").isEqualTo("/chat/now");
        people.forEach(person -> person.post("/chat/now/end"));
    }

    @Test
    void oneAddressAskingForApiTokensIsStoppedBeforeAnySecretIsChecked() throws Exception {
        limits.override(LimitedAction.API_TOKEN, new Limit(2, 1, 1));
        var http = java.net.http.HttpClient.newHttpClient();
        var statuses = new ArrayList<Integer>();
        for (int i = 0; i < 3; i++) {
            var request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + "/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "grant_type=client_credentials&client_id=guess&client_secret=guess" + i)).build();
            var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            statuses.add(response.statusCode());
            if (i == 2) {
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
                assertThat(response.body()).contains("\"status\":429");
            }
        }
        assertThat(statuses).containsExactly(401, 401, 429);
    }

    @Test
    void oneClientAskingForCopiesOfChatsGetsAtMostTheLimitSent() {
        limits.override(LimitedAction.CHAT_COPY, new Limit(2, 5, 5));
        var pages = new ArrayList<WebSession.Page>();
        for (int i = 0; i < 3; i++) {
            var person = new WebSession(port);
            person.get("/chat/about");
            person.post("/chat/join", "name", "", "about", "Copy number " + i);
            var chat = jdbc.sql("SELECT id FROM chat WHERE about = :about AND queued_at >= :from")
                    .param("about", "Copy number " + i).param("from", java.sql.Timestamp.from(from))
                    .query(java.util.UUID.class).single();
            chatDesk.answer(chat, "handler.copies");
            person.post("/chat/now/end");
            pages.add(person.post("/chat/copy", "email", "copy" + i + "." + from.toEpochMilli() + "@example.com"));
        }
        assertThat(pages.subList(0, 2)).allSatisfy(page -> assertThat(page.pathOnly()).isEqualTo("/chat/copy/sent"));
        assertThat(pages.get(2).status()).isEqualTo(429);
        assertThat(pages.get(2).body()).contains("You have tried this too many times");
        assertThat(jdbc.sql("SELECT count(*) FROM chat WHERE copy_sent_at IS NOT NULL AND queued_at >= :from")
                .param("from", java.sql.Timestamp.from(from)).query(Integer.class).single())
                .as("copies asked for").isEqualTo(2);
    }

    @Test
    void fiveCallsFromOneClientQueueAtMostTheLimitAndTheRestAreToldKindly() {
        limits.override(LimitedAction.RELAY_CALL, new Limit(2, 1, 1));
        var pages = new ArrayList<WebSession.Page>();
        var callers = new ArrayList<WebSession>();
        for (int i = 0; i < 5; i++) {
            var caller = new WebSession(port);
            caller.get("/bsl/check");
            pages.add(caller.post("/bsl/call"));
            callers.add(caller);
        }

        assertThat(waitingSinceStart()).as("phantom callers in the interpreters' queue").isEqualTo(2);
        assertThat(pages.subList(0, 2)).allSatisfy(page -> assertThat(page.pathOnly()).isEqualTo("/bsl/call"));
        assertThat(pages.subList(2, 5)).allSatisfy(page -> {
            assertThat(page.status()).isEqualTo(429);
            assertThat(page.body()).contains("You have tried this too many times", "report online", "call 18001 101", "999 BSL", "18000");
        });
        assertThat(callers.get(4).cookie("bluelamp_bsl_call")).as("no key to a call").isNull();

        assertThat(callers.getFirst().post("/bsl/call").pathOnly()).as("a live call is rejoined, not queued again")
                .isEqualTo("/bsl/call");
        assertThat(waitingSinceStart()).isEqualTo(2);
        callers.forEach(caller -> caller.post("/bsl/call/leave"));
    }

    @Test
    void subjectAccessRequestsAreLimitedPerClientAndARefusedOneIsKeptToSendLater() {
        limits.override(LimitedAction.SUBJECT_ACCESS_REQUEST, new Limit(2, 100, 100));
        var sent = new ArrayList<WebSession.Page>();
        var people = new ArrayList<WebSession>();
        for (int i = 0; i < 3; i++) {
            var person = dataRequestReadyToSend("Person Number" + "abc".charAt(i));
            sent.add(person.post("/your-data/check"));
            people.add(person);
        }

        assertThat(sent.subList(0, 2)).allSatisfy(page -> assertThat(page.pathOnly()).isEqualTo("/your-data/done"));
        assertThat(sent.get(2).status()).isEqualTo(429);
        assertThat(sent.get(2).body()).contains("You have tried this too many times", "href=\"/your-data/check\"");
        assertThat(count("SELECT count(*) FROM subject_access_request WHERE received_at >= :from")).isEqualTo(2);
        var third = people.get(2);
        assertThat(third.get("/your-data/check").body()).as("the answers are kept").contains("Person Numberc");

        clock.advance(Duration.ofHours(1));
        assertThat(third.post("/your-data/check").pathOnly()).isEqualTo("/your-data/done");
        assertThat(count("SELECT count(*) FROM subject_access_request WHERE received_at >= :from")).isEqualTo(3);
    }

    @Test
    void reportsAreLimitedPerClientAndPerReporterAndARefusedOneStaysADraft() {
        limits.override(LimitedAction.REPORT_SUBMISSION, new Limit(2, 100, 100));
        var sent = new ArrayList<WebSession.Page>();
        var reporters = new ArrayList<WebSession>();
        for (int i = 0; i < 3; i++) {
            var reporter = reportReadyToSend("reporter-" + UUID.randomUUID() + "@example.com");
            sent.add(reporter.post(CrimeJourneySteps.SUBMIT, "declaration", "accepted"));
            reporters.add(reporter);
        }
        assertThat(sent.subList(0, 2)).allSatisfy(page -> assertThat(page.pathOnly()).isEqualTo(CrimeJourneySteps.CONFIRMATION));
        assertThat(sent.get(2).status()).isEqualTo(429);
        assertThat(sent.get(2).body()).contains("You have tried this too many times", "href=\"/report/crime/check-answers\"");
        assertThat(count("SELECT count(*) FROM report WHERE submitted_at >= :from")).isEqualTo(2);
        assertThat(reporters.get(2).get("/report/crime/check-answers").body()).as("still a draft").contains(STORY);

        clock.advance(Duration.ofHours(1));
        assertThat(reporters.get(2).post(CrimeJourneySteps.SUBMIT, "declaration", "accepted").pathOnly())
                .isEqualTo(CrimeJourneySteps.CONFIRMATION);

        limits.override(LimitedAction.REPORT_SUBMISSION, new Limit(100, 1, 1));
        String email = "victim-" + UUID.randomUUID() + "@example.com";
        assertThat(reportReadyToSend(email).post(CrimeJourneySteps.SUBMIT, "declaration", "accepted").pathOnly())
                .isEqualTo(CrimeJourneySteps.CONFIRMATION);
        assertThat(reportReadyToSend(email.toUpperCase()).post(CrimeJourneySteps.SUBMIT, "declaration", "accepted")
                .status()).as("the same address in capitals is the same recipient").isEqualTo(429);
    }

    @Test
    void twoInstancesSharingTheDatabaseCountTogetherAndStoreNoAddress() throws Exception {
        var properties = new LimitsProperties(Duration.ofHours(1),
                Map.of(LimitedAction.SAVE_FOR_LATER, new Limit(1000, 4, 100)));
        var one = new RateLimits(JdbcClient.create(ownConnections()), properties, hash, clock);
        var two = new RateLimits(JdbcClient.create(ownConnections()), properties, hash, clock);
        String email = "target-" + UUID.randomUUID() + "@example.com";
        var recipient = Recipient.of(new EmailAddress(email));

        var attempts = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 20; i++) {
            var instance = i % 2 == 0 ? one : two;
            var client = new Client("203.0.113." + i);
            attempts.add(() -> instance.refusedUntil(LimitedAction.SAVE_FOR_LATER, client, List.of(recipient)).isEmpty());
        }
        int allowed = 0;
        try (var threads = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> attempt : threads.invokeAll(attempts)) {
                allowed += attempt.get() ? 1 : 0;
            }
        }
        assertThat(allowed).as("attempts let through by the two instances together").isEqualTo(4);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM rate_limit
                        WHERE position(convert_to(:email, 'UTF8') IN subject_hash) > 0 OR bucket LIKE '%' || :email || '%'""")
                .param("email", email).query(Integer.class).single()).as("no address stored").isZero();
    }

    /** Connections of its own, as another instance has: not the application's pool of one. */
    private SimpleDriverDataSource ownConnections() {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword());
    }

    private WebSession dataRequestReadyToSend(String name) {
        var person = new WebSession(port);
        person.get("/your-data");
        person.post("/your-data/start");
        person.post("/your-data/name", "fullName", name, "otherNames", "", "dob-day", "1", "dob-month", "1",
                "dob-year", "1970");
        person.post("/your-data/contact", "email", "sar-" + UUID.randomUUID() + "@example.com", "phone", "",
                "address", "", "postcode", "");
        person.post("/your-data/what", "wants", "everything");
        person.post("/your-data/identity", "identity", "station");
        person.post("/your-data/receive", "receive", "post", "address", "2 Low Road\nLeicester", "postcode", "LE2 1AA");
        assertThat(person.get("/your-data/check").pathOnly()).isEqualTo("/your-data/check");
        return person;
    }

    private WebSession reportReadyToSend(String email) {
        var reporter = new WebSession(port);
        reporter.get(CrimeJourneySteps.START);
        reporter.post(CrimeJourneySteps.START, "emergency", "no");
        for (var step : CrimeJourneySteps.contactedBy(email, "", "email", "any-time")) {
            reporter.post(step.path(), step.formWith(STORY));
        }
        assertThat(reporter.get("/report/crime/check-answers").pathOnly()).isEqualTo("/report/crime/check-answers");
        return reporter;
    }

    private int count(String sql) {
        return jdbc.sql(sql).param("from", Timestamp.from(from)).query(Integer.class).single();
    }

    private int textsTo(String e164) {
        return jdbc.sql("SELECT count(*) FROM message WHERE recipient = :r AND created_at >= :from")
                .param("r", e164).param("from", Timestamp.from(from)).query(Integer.class).single();
    }

    private int outstandingEvents() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Integer.class).single();
    }

    private int waitingSinceStart() {
        return count("SELECT count(*) FROM relay_call WHERE status = 'waiting' AND queued_at >= :from");
    }
}
