package org.bluelamp.cluster;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.codec.binary.Base32;
import org.bluelamp.BluelampProcess;
import org.bluelamp.WebSession;
import org.bluelamp.platform.files.S3ProxyForTests;
import org.bluelamp.relay.CallerSignal;
import org.bluelamp.reporting.CrimeReportAnswers;
import org.bluelamp.reporting.upload.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Bluelamp jars on one PostgreSQL and one S3-compatible object store (S3Proxy), behind nginx round robin with no sticky sessions,
 * as docs/scaling.md describes. A reduced run in CI; {@code bench/cluster.sh} runs it longer
 * ({@code -Dbluelamp.cluster.people=N}, {@code -Dbluelamp.cluster.rounds=N}) and records the figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Logger log = LoggerFactory.getLogger(ClusterIT.class);
    private static final int PEOPLE = Integer.getInteger("bluelamp.cluster.people", 4);
    private static final int ROUNDS = Integer.getInteger("bluelamp.cluster.rounds", 1);
    private static final Pattern KEY = Pattern.compile("data-key>([A-Z2-7 ]+)<");
    private static final Pattern DEMO_PASSWORD = Pattern.compile("password for all of them: (\\S+)");
    private static final Pattern REFERENCE = Pattern.compile("data-reference>([A-Z0-9-]+)<");

    private static final Pattern JOB_RUN = Pattern.compile("^(\\S+).*Running job (\\S+) on ");
    /** The jobs that run more often than hourly, and their intervals (docs/operations.md, "Scheduled work"). */
    private static final java.util.Map<String, Duration> INTERVALS = java.util.Map.of(
            "relay.dropped-calls", Duration.ofSeconds(15), "chat.quiet-chats", Duration.ofSeconds(15),
            "relay.old-signals", Duration.ofMinutes(1),
            "platform.outstanding-events", Duration.ofMinutes(1), "platform.pending-file-scans", Duration.ofMinutes(1),
            "appointments.visit-reminders", Duration.ofMinutes(5), "reporting.abandoned-files", Duration.ofMinutes(10),
            "integration.webhook-fan-out", Duration.ofSeconds(5));
    private static final Path RUN = Path.of("target", "cluster-test", UUID.randomUUID().toString()).toAbsolutePath();
    private static EmbeddedPostgres database;
    private static S3ProxyForTests store;
    private static JdbcClient db;
    private static final List<Instance> instances = new ArrayList<>();
    private static Nginx nginx;

    /** One of the two: its fixed port (the proxy's list of servers does not change) and its running process. */
    private static final class Instance {
        final String name;
        final int port;
        BluelampProcess process;
        int starts;

        Instance(String name, int port) {
            this.name = name;
            this.port = port;
        }

        void start(List<String> arguments) throws IOException {
            var all = new ArrayList<>(arguments);
            all.add("--bluelamp.scheduling.instance-name=" + name);
            process = BluelampProcess.startOn(port, RUN.resolve(name), RUN.resolve(name + "-" + starts++ + ".log"),
                    BluelampProcess.Launch.BIN_RUN, all.toArray(String[]::new));
        }

        Path mailbox() {
            return RUN.resolve(name).resolve("dev-mailbox");
        }
    }

    private static List<String> arguments;

    @BeforeAll
    static void startTheCluster() throws Exception {
        database = EmbeddedPostgres.builder().start();
        store = S3ProxyForTests.shared();
        db = JdbcClient.create(database.getPostgresDatabase());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        arguments = List.of(
                "--bluelamp.database.url=jdbc:postgresql://localhost:" + database.getPort() + "/postgres",
                "--bluelamp.database.username=postgres",
                "--bluelamp.staff.secrets-key=" + Base64.getEncoder().encodeToString(key),
                "--bluelamp.files.store=s3", "--bluelamp.files.s3.endpoint=" + store.endpoint(),
                "--bluelamp.files.s3.region=" + S3ProxyForTests.REGION,
                "--bluelamp.files.s3.bucket=" + S3ProxyForTests.BUCKET, "--bluelamp.files.s3.path-style=true",
                "--bluelamp.files.s3.prefix=" + RUN.getFileName() + "/",
                "--bluelamp.files.s3.access-key=" + S3ProxyForTests.ACCESS_KEY,
                "--bluelamp.files.s3.secret-key=" + S3ProxyForTests.SECRET_KEY,
                "--bluelamp.staff.demo-accounts=true",
                "--logging.level.org.bluelamp.platform.scheduling.JobLeases=debug",
                "--bluelamp.relay.hours.opens=00:00", "--bluelamp.relay.hours.closes=23:59",
                "--bluelamp.chat.hours.opens=00:00", "--bluelamp.chat.hours.closes=00:00");
        instances.add(new Instance("a", BluelampProcess.freePort()));
        instances.add(new Instance("b", BluelampProcess.freePort()));
        // One after the other: the first makes the accounts, the second finds them made.
        for (var instance : instances) {
            instance.start(arguments);
            instance.process.awaitReady();
        }
        nginx = Nginx.start(RUN.resolve("nginx"), BluelampProcess.freePort(),
                instances.stream().map(i -> i.port).toList());
        log.info("Cluster test: instances on {} and {}, nginx on {}, files in {}", instances.get(0).port,
                instances.get(1).port, nginx.port(), RUN);
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        for (var instance : instances) {
            if (instance.process != null) {
                instance.process.kill();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void staffSignInOnOneInstanceAndWorkOnTheOtherAndTheirAuthenticatorOpensOnBoth() throws Exception {
        var onA = new WebSession(a().port);
        onA.get("/staff/sign-in");
        var setUp = onA.post("/staff/sign-in", "username", "admin", "password", "crash-test-password");
        assertThat(setUp.pathOnly()).isEqualTo("/staff/set-up/authenticator");
        var matcher = KEY.matcher(setUp.body());
        assertThat(matcher.find()).isTrue();
        byte[] secret = new Base32().decode(matcher.group(1).replace(" ", ""));
        Instant now = Instant.now();
        assertThat(onA.post("/staff/set-up/authenticator", "code", codeAt(secret, now)).status()).isEqualTo(200);

        var sameSessionOnB = new WebSession(b().port);
        sameSessionOnB.addCookie("bluelamp_staff_session", onA.cookie("bluelamp_staff_session"));
        var accounts = sameSessionOnB.get("/staff/accounts");
        assertThat(accounts.pathOnly()).as("the session made on A is known to B").isEqualTo("/staff/accounts");
        assertThat(accounts.body()).contains("demo.interpreter");

        var freshOnB = new WebSession(b().port);
        freshOnB.get("/staff/sign-in");
        freshOnB.post("/staff/sign-in", "username", "admin", "password", "crash-test-password");
        var signedIn = freshOnB.post("/staff/sign-in/code", "code", codeAt(secret, now.plusSeconds(30)));
        assertThat(signedIn.pathOnly()).as("the secret sealed on A opens on B: one secrets key")
                .isEqualTo("/staff");
    }

    @Test
    @Order(2)
    void aRelayCallerWaitingOnOneInstanceIsAnsweredByAnInterpreterOnTheOther() throws Exception {
        var interpreter = signInForTheFirstTime(b(), "demo.interpreter");
        var caller = new WebSession(a().port);
        caller.get("/bsl/check");
        assertThat(caller.post("/bsl/call").pathOnly()).isEqualTo("/bsl/call");
        String key = caller.cookie("bluelamp_bsl_call");
        UUID call = db.sql("SELECT id FROM relay_call WHERE status = 'waiting' ORDER BY queued_at DESC LIMIT 1")
                .query(UUID.class).single();
        try (var signal = CallerSignal.connect(a().port, "/bsl/call/signal", "bluelamp_bsl_call=" + key)) {
            assertThat(signal.next("queue")).contains("\"position\":1");
            assertThat(interpreter.get("/staff/relay").body()).contains(call.toString());
            assertThat(interpreter.post("/staff/relay/calls/" + call + "/answer").pathOnly())
                    .isEqualTo("/staff/relay/calls/" + call);
            assertThat(signal.next("answered")).as("told on A that B answered").contains("answered");
        }
    }

    /**
     * The person's page and its live connection are on A, the handler's on B: the answer and the handler's line reach
     * the person live on A, and the person's line reaches the handler live on B, through PostgreSQL alone.
     */
    @Test
    @Order(3)
    void aChatOnOneInstanceIsAnsweredByAHandlerOnTheOther() throws Exception {
        var handler = signInForTheFirstTime(b(), "demo.contact-handler");
        var person = new WebSession(a().port);
        person.get("/chat/about");
        assertThat(person.post("/chat/join", "name", "Sam", "about", "Someone took my bike from the station")
                .pathOnly()).isEqualTo("/chat/now");
        UUID chat = db.sql("SELECT id FROM chat WHERE status = 'waiting' ORDER BY queued_at DESC LIMIT 1")
                .query(UUID.class).single();
        try (var personLive = CallerSignal.connect(a().port, "/chat/now/live",
                "bluelamp_chat=" + person.cookie("bluelamp_chat"))) {
            assertThat(personLive.next("queue")).contains("\"position\":1");
            assertThat(handler.get("/staff/chat").body()).contains(chat.toString());
            assertThat(handler.post("/staff/chat/" + chat + "/answer").pathOnly()).isEqualTo("/staff/chat/" + chat);
            assertThat(personLive.next("answered")).as("told on A that B answered").contains("answered");

            try (var handlerLive = CallerSignal.connect(b().port, "/staff/chat/live?chat=" + chat,
                    handler.cookies())) {
                handler.post("/staff/chat/" + chat + "/lines", "text", "Hello, I can help with that.");
                assertThat(personLive.next("line")).as("the handler's line, said on B, heard on A")
                        .contains("Hello, I can help with that.", "\"from\":\"handler\"");
                assertThat(person.get("/chat/now").body()).contains("Hello, I can help with that.");

                assertThat(person.post("/chat/now/lines", "text", "It is a red bike with a basket").pathOnly())
                        .startsWith("/chat/now");
                var line = handlerLive.next("line");
                while (!line.contains("\"from\":\"person\"")) {
                    line = handlerLive.next("line");
                }
                assertThat(line).as("the person's line, said on A, heard on B")
                        .contains("It is a red bike with a basket");
                assertThat(handler.get("/staff/chat/" + chat).body()).contains("It is a red bike with a basket");
            }
        }
    }

    @Test
    @Order(4)
    void aRollingRestartUnderSteadyJourneysGivesNoErrorsAndLosesNothing() throws Exception {
        SteadyJourneys load;
        var stops = new ArrayList<Duration>();
        var starts = new ArrayList<Duration>();
        try (var journeys = SteadyJourneys.start(nginx.port(), PEOPLE)) {
            load = journeys;
            for (int round = 0; round < ROUNDS; round++) {
                for (var instance : instances) {
                    int before = load.pages();
                    await("journeys under way before " + instance.name + " restarts").atMost(Duration.ofMinutes(1))
                            .until(() -> load.pages() >= before + PEOPLE * 5);
                    long stopping = System.nanoTime();
                    assertThat(instance.process.stop(Duration.ofSeconds(30))).as("stopped on SIGTERM").isPresent();
                    long starting = System.nanoTime();
                    stops.add(Duration.ofNanos(starting - stopping));
                    instance.start(arguments);
                    instance.process.awaitReady();
                    starts.add(Duration.ofNanos(System.nanoTime() - starting));
                }
            }
            int before = load.pages();
            await("journeys on both again").atMost(Duration.ofMinutes(1))
                    .until(() -> load.pages() >= before + PEOPLE * 5);
        }
        var traffic = nginx.traffic();
        log.info("Cluster test: rolling restart of both instances {} time(s) under {} people: {} pages, {} reports, "
                        + "{} failures; responses by instance {}, {} requests passed on to the other instance, {} 5xx; "
                        + "stops took {} ms at worst, starts to ready {} ms at worst", ROUNDS, PEOPLE, load.pages(),
                load.reports(), load.failures().size(), traffic.servedBy().values(), traffic.passedOn(),
                traffic.errors(), stops.stream().mapToLong(Duration::toMillis).max().orElse(0),
                starts.stream().mapToLong(Duration::toMillis).max().orElse(0));
        assertThat(traffic.errors()).as("no 5xx from the proxy either").isZero();
        assertThat(load.failures()).as("every page served while the instances restarted").isEmpty();
        assertThat(load.reports()).isPositive();
        for (var reference : load.storiesByReference().entrySet()) {
            assertThat(db.sql("SELECT answers::text FROM report WHERE reference = :r")
                    .param("r", reference.getKey()).query(String.class).list())
                    .as("report %s stored once", reference.getKey()).singleElement().asString()
                    .contains(reference.getValue());
        }
        everyReportAcknowledgedOnce();
    }

    @Test
    @Order(5)
    void aJourneyWithAnUploadCarriesOnWhenTheInstanceServingItIsKilled() throws Exception {
        var person = new WebSession(nginx.port());
        CrimeReportAnswers.upToCheckAnswers(person);
        person.post("/report/crime/evidence?change=true", "evidence", "yes", "evidence-yes-detail", "A photo");
        byte[] photo = TestImages.png(40, 30);
        var uploaded = person.upload("/report/crime/evidence-files?change=true", "evidence-files", "shed.png", photo,
                "action", "upload");
        assertThat(uploaded.body()).contains("shed.png");
        String servedBy = person.lastHeaders().firstValue("X-Upstream").orElseThrow();
        var victim = instances.stream().filter(i -> servedBy.endsWith(":" + i.port)).findFirst().orElseThrow();
        victim.process.kill();

        person.post("/report/crime/evidence-files?change=true", "action", "continue");
        var check = person.get("/report/crime/check-answers");
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.body()).contains("shed.png");
        var confirmation = person.post("/report/crime/submit", "declaration", "accepted");
        var reference = REFERENCE.matcher(confirmation.body());
        assertThat(reference.find()).as("a reference, from the instance still running").isTrue();
        UUID file = db.sql("""
                        SELECT f.id FROM report_file f JOIN report r ON r.id = f.report_id WHERE r.reference = :r""")
                .param("r", reference.group(1)).query(UUID.class).single();
        assertThat(store.client().headObject(b -> b.bucket(S3ProxyForTests.BUCKET)
                .key(RUN.getFileName() + "/" + file)).contentLength())
                .as("the photo, cleaned of its metadata, is in the object store both instances share").isPositive();
        // The killed instance stays down: what follows only reads what happened.
    }

    /**
     * Every job ran once a period across both instances, restarts and the kill included: the runs both logged, in
     * order, are never closer than the job's interval, and the hourly jobs ran once in the whole test.
     */
    @Test
    @Order(6)
    void eachScheduledJobRanOncePerPeriodAcrossTheInstances() throws IOException {
        var runs = new java.util.TreeMap<String, List<Instant>>();
        try (var logs = Files.list(RUN)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().endsWith(".log")).toList()) {
                for (String line : Files.readAllLines(log)) {
                    var run = JOB_RUN.matcher(line);
                    if (run.find()) {
                        runs.computeIfAbsent(run.group(2), job -> new ArrayList<>())
                                .add(java.time.OffsetDateTime.parse(run.group(1)).toInstant());
                    }
                }
            }
        }
        log.info("Cluster test: scheduled job runs across both instances {}", runs.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().size()).toList());
        assertThat(runs.get("relay.dropped-calls")).as("a job every 20 seconds, over minutes")
                .hasSizeGreaterThanOrEqualTo(2);
        for (var job : runs.entrySet()) {
            var times = job.getValue().stream().sorted().toList();
            Duration interval = INTERVALS.getOrDefault(job.getKey(), Duration.ofHours(1));
            for (int i = 1; i < times.size(); i++) {
                assertThat(Duration.between(times.get(i - 1), times.get(i)))
                        .as("%s ran at %s then %s", job.getKey(), times.get(i - 1), times.get(i))
                        .isGreaterThan(interval.minusSeconds(1));
            }
        }
    }

    private void everyReportAcknowledgedOnce() throws IOException {
        await("one acknowledgement for each report, delivered").atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            assertThat(db.sql("""
                    SELECT count(*) FROM report r WHERE (SELECT count(*) FROM message m
                        WHERE m.reference = r.reference AND m.kind = 'acknowledgement') <> 1""")
                    .query(Long.class).single()).isZero();
            assertThat(db.sql("SELECT count(*) FROM message WHERE status <> 'delivered'").query(Long.class).single())
                    .isZero();
        });
        long written = 0;
        for (var instance : instances) {
            if (Files.isDirectory(instance.mailbox())) {
                try (var files = Files.list(instance.mailbox())) {
                    written += files.filter(f -> !f.getFileName().toString().startsWith(".")).count();
                }
            }
        }
        assertThat(written).as("each message written to one instance's mailbox, once")
                .isEqualTo(db.sql("SELECT count(*) FROM message").query(Long.class).single());
    }

    private WebSession signInForTheFirstTime(Instance on, String username) throws Exception {
        var matcher = DEMO_PASSWORD.matcher(a().process.log());
        assertThat(matcher.find()).as("demo accounts made by A").isTrue();
        var session = new WebSession(on.port);
        session.get("/staff/sign-in");
        var setUp = session.post("/staff/sign-in", "username", username, "password", matcher.group(1));
        var key = KEY.matcher(setUp.body());
        assertThat(key.find()).as("authenticator set-up for %s", username).isTrue();
        byte[] secret = new Base32().decode(key.group(1).replace(" ", ""));
        session.post("/staff/set-up/authenticator", "code", codeAt(secret, Instant.now()));
        return session;
    }

    private static Instance a() {
        return instances.get(0);
    }

    private static Instance b() {
        return instances.get(1);
    }

    private static String codeAt(byte[] secret, Instant when) throws Exception {
        return "%06d".formatted(new HmacOneTimePasswordGenerator(6).generateOneTimePassword(
                new SecretKeySpec(secret, "HmacSHA1"), Math.floorDiv(when.getEpochSecond(), 30)));
    }
}
