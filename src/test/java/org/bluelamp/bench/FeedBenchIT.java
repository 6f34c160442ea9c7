package org.bluelamp.bench;

import org.bluelamp.BluelampProcess;
import org.bluelamp.integration.ApiScope;
import org.bluelamp.integration.ApiTestClients;
import org.bluelamp.staff.factors.SecretSeal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The feed of contact events and its webhooks under load, against the jar: EVENTS reports sent by Open311 from
 * many senders at once (each a {@code received} event), while a records system reads {@code /api/v1/events} page by
 * page and a webhook receiver here takes every delivery, refusing about 5 % of first attempts. Bluelamp is killed
 * with {@code kill -9} half way and restarted on the same folder. Fails if the feed has a gap, a repeat or an
 * event out of order, if an event is not delivered exactly once by the application's log, if the receiver misses
 * an id or gets one it was not owed, or on a 5xx; never on speed. {@code bench/feed.sh} sends 10,000.
 */
class FeedBenchIT {

    private static final Logger log = LoggerFactory.getLogger(FeedBenchIT.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BluelampProcess app;

    /** A failed assertion must not leave a Bluelamp running. */
    @AfterEach
    void killWhatIsLeft() throws InterruptedException {
        if (app != null) {
            app.kill();
        }
    }

    @Test
    void everyEventIsInTheFeedOnceInOrderAndDeliveredOnce() throws Exception {
        int events = BenchSettings.integer("events", 100);
        int senders = BenchSettings.integer("senders", 16);
        boolean killHalfWay = Boolean.parseBoolean(BenchSettings.text("kill", "false"));
        double refuseShare = BenchSettings.integer("refuse-percent", 5) / 100.0;
        Duration patience = BenchSettings.duration("patience", "6m");
        Path run = BenchSettings.RESULTS.resolve("feed-" + UUID.randomUUID()).toAbsolutePath();

        // The secrets key is given, so the bench can make the Open311 api_key's fingerprint as the application does.
        byte[] keyBytes = new byte[32];
        new SecureRandom().nextBytes(keyBytes);
        String secretsKey = Base64.getEncoder().encodeToString(keyBytes);
        var arguments = new ArrayList<>(List.of("--bluelamp.staff.secrets-key=" + secretsKey,
                "--bluelamp.api.webhooks.allow-http=true", "--bluelamp.api.webhooks.allow-private-networks=true"));
        arguments.addAll(List.of(BenchSettings.appArguments()));
        String[] args = arguments.toArray(String[]::new);
        int port = BluelampProcess.freePort();
        app = BluelampProcess.startOn(port, run.resolve("data"), run.resolve("bluelamp-0.log"),
                BluelampProcess.Launch.BIN_RUN, args).awaitReady();
        var db = JdbcClient.create(app.database());
        var clients = new ApiTestClients(db, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                SecretSeal.fromBase64(secretsKey)::fingerprint, port);
        var client = clients.register("Records system", ApiScope.READ_CONTACTS, ApiScope.SUBMIT_REPORTS);
        db.sql("UPDATE api_client SET requests_per_minute = 10000000 WHERE id = :id").param("id", client.id())
                .update();

        try (var receiver = WebhookReceiver.start(refuseShare)) {
            var set = clients.send("PUT", "/api/v1/webhook", clients.token(client),
                    "{\"url\": \"" + receiver.url() + "\"}");
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            receiver.secret(set.json().get("secret").asString());

            var reader = new FeedReader(clients, client);
            var readerThread = Thread.ofPlatform().name("feed-reader").start(reader);
            var load = new Senders(clients, client.apiKey(), senders, events);
            Instant started = Instant.now();
            load.start();
            int killedAt = -1;
            Duration restart = Duration.ZERO;
            Duration beforeKill = Duration.ZERO;
            if (killHalfWay) {
                await().atMost(patience).until(() -> load.accepted() >= events / 2);
                killedAt = load.accepted();
                beforeKill = Duration.between(started, Instant.now());
                long server = app.postmasterPid();
                app.kill();
                await("the watchdog stops the embedded server").atMost(Duration.ofSeconds(60))
                        .until(() -> ProcessHandle.of(server).map(p -> !p.isAlive()).orElse(true));
                long restarting = System.nanoTime();
                app = BluelampProcess.startOn(port, run.resolve("data"), run.resolve("bluelamp-1.log"),
                        BluelampProcess.Launch.BIN_RUN, args).awaitReady();
                restart = Duration.ofNanos(System.nanoTime() - restarting);
                db = JdbcClient.create(app.database());
                log.info("Killed with {} reports acknowledged; started again in {} s", killedAt,
                        restart.toMillis() / 1000.0);
            }
            load.join();
            Instant sent = Instant.now();
            var database = db;

            // Every report the application took (acknowledged or not: one in flight at the kill may have committed)
            long reports = database.sql("SELECT count(*) FROM report").query(Long.class).single();
            await("every report's received event in the feed and read").atMost(patience)
                    .pollInterval(Duration.ofMillis(100)).until(() -> reader.count() >= reports);
            Instant feedComplete = Instant.now();
            await("every event delivered").atMost(patience).pollInterval(Duration.ofMillis(200))
                    .until(() -> receiver.accepted().size() >= reports && database.sql(
                            "SELECT count(*) FROM webhook_delivery WHERE status = 'delivered'").query(Long.class)
                            .single() >= reports);
            Instant hooksComplete = Instant.now();
            reader.stop();
            readerThread.join();

            // The feed as the reader saw it, page by page while it grew: 1..N in order, each event once.
            long total = database.sql("SELECT count(*) FROM api_event").query(Long.class).single();
            assertThat(total).as("events in the feed").isEqualTo(reports);
            assertThat(reader.positions()).as("positions read").isEqualTo(
                    LongStream.rangeClosed(1, total).boxed().toList());
            assertThat(new HashSet<>(reader.ids())).as("event ids read").hasSize((int) total);
            assertThat(reader.types()).as("event types").containsOnly("contact.received");
            assertThat(new HashSet<>(reader.references())).as("contacts read").hasSize((int) total)
                    .containsAll(load.references());
            assertThat(database.sql("SELECT count(*) FROM contact").query(Long.class).single()).isEqualTo(reports);
            assertThat(database.sql("SELECT count(DISTINCT event_id) FROM api_event").query(Long.class).single())
                    .isEqualTo(total);
            assertThat(database.sql("SELECT max(position) FROM api_event").query(Long.class).single())
                    .isEqualTo(total);

            // The application's delivery log: one row per event, delivered.
            var log = database.sql("""
                            SELECT count(*) AS rows, count(DISTINCT event_id) AS events,
                                   count(*) FILTER (WHERE status = 'delivered') AS delivered,
                                   count(*) FILTER (WHERE attempts > 1) AS retried,
                                   coalesce(sum(attempts), 0) AS attempts
                            FROM webhook_delivery""").query().singleRow();
            assertThat(((Number) log.get("rows")).longValue()).as("delivery rows").isEqualTo(total);
            assertThat(((Number) log.get("events")).longValue()).as("events delivered").isEqualTo(total);
            assertThat(((Number) log.get("delivered")).longValue()).as("delivered").isEqualTo(total);
            long retried = ((Number) log.get("retried")).longValue();
            assertThat(retried).as("retried at least as often as the receiver refused").isGreaterThanOrEqualTo(
                    receiver.refused());

            // The receiver: every id it was owed, none it was not, each signature good.
            assertThat(receiver.badCalls()).as("badly signed calls: %s", receiver.firstBadCall()).isZero();
            assertThat(receiver.accepted().keySet()).as("ids the receiver accepted")
                    .isEqualTo(new HashSet<>(reader.ids()));
            long seenTwice = receiver.accepted().values().stream().filter(n -> n.get() > 1).count();
            if (!killHalfWay) {
                assertThat(seenTwice).as("ids accepted twice with no crash").isZero();
            }
            assertThat(reader.oddities()).as("feed answers other than 200 or 401: %s", reader.lastOddity())
                    .isZero();
            assertThat(load.serverErrors()).as("5xx to the senders").isZero();
            assertThat(load.refusals()).as("other refusals to the senders: %s", load.firstRefusal()).isZero();

            // Time from recording an event to its first call at the receiver, and to its delivery.
            var recorded = new ConcurrentHashMap<String, Instant>();
            database.sql("SELECT event_id::text AS id, recorded_at FROM api_event").query((rs, n) -> recorded.put(
                    rs.getString("id"), rs.getTimestamp("recorded_at").toInstant())).list();
            var firstCall = new Samples();
            receiver.firstArrivals().forEach((id, at) -> firstCall.add(
                    Duration.between(recorded.get(id), at).toNanos()));
            var toFirstCall = Samples.merge(List.of(firstCall));

            double readSeconds = reader.readSeconds();
            var replay = replay(clients, client, total);
            double takenSeconds = Duration.between(started, sent).toMillis() / 1000.0;
            var table = new StringJoiner("\n")
                    .add("| measure | value |")
                    .add("| --- | ---: |")
                    .add(row("events (Open311 reports, each `contact.received`)", total))
                    .add(row("senders at once", senders))
                    .add(row("taken in, events/s (first send to last answer" + (killHalfWay ? ", outage included"
                            : "") + ")", String.format("%.0f", load.acknowledged() / takenSeconds)))
                    .add(row("taken in before the kill, events/s", killHalfWay ? String.format("%.0f",
                            killedAt / (beforeKill.toMillis() / 1000.0)) : "no kill"))
                    .add(row("Open311 POST p50 / p95 / p99 ms", load.latency()))
                    .add(row("kill -9 after", killHalfWay ? killedAt + " acknowledged, restarted in "
                            + String.format("%.1f s", restart.toMillis() / 1000.0) : "no kill"))
                    .add(row("feed complete after last send, s", seconds(sent, feedComplete)))
                    .add(row("webhooks complete after last send, s", seconds(sent, hooksComplete)))
                    .add(row("live reader: pages / events read, events/s while reading", reader.pages() + " / "
                            + reader.count() + ", " + String.format("%.0f", reader.count() / readSeconds)))
                    .add(row("whole feed read again from 0 (limit 500), events/s", replay))
                    .add(row("recorded → first webhook call p50 / p95 / p99 / max ms", String.format(
                            "%.0f / %.0f / %.0f / %.0f", toFirstCall.percentileMillis(50),
                            toFirstCall.percentileMillis(95), toFirstCall.percentileMillis(99),
                            toFirstCall.percentileMillis(100))))
                    .add(row("refused by the receiver (500 to a first attempt)", receiver.refused()))
                    .add(row("retried (attempts > 1 in the delivery log)", retried))
                    .add(row("attempts in the delivery log / calls at the receiver",
                            log.get("attempts") + " / " + receiver.calls()))
                    .add(row("ids accepted twice by the receiver", seenTwice))
                    .add(row("gaps, repeats or disorder in the feed; lost or doubled deliveries; 5xx", 0));
            BenchSettings.report("feed", "Feed and webhooks, " + total + " events (" + BenchSettings.machine()
                    + ")", table.toString());
        } finally {
            app.stop(Duration.ofSeconds(30));
            app = null;
        }
        // The data folder (about 400 MB at 10,000 events) goes; the logs stay.
        org.springframework.util.FileSystemUtils.deleteRecursively(run.resolve("data"));
    }

    /** The whole feed read again from the start, as a records system catching up after an outage: events/s. */
    private static String replay(ApiTestClients clients, ApiTestClients.Registered client, long total) {
        String token = clients.token(client, ApiScope.READ_CONTACTS);
        long after = 0;
        long read = 0;
        long start = System.nanoTime();
        while (read < total) {
            var page = clients.get("/api/v1/events?limit=500&after=" + after, token);
            assertThat(page.status()).isEqualTo(200);
            var json = page.json();
            read += json.get("events").size();
            after = json.get("next").asLong();
            if (json.get("events").isEmpty()) {
                break;
            }
        }
        assertThat(read).isEqualTo(total);
        return String.format("%.0f", read / ((System.nanoTime() - start) / 1e9));
    }

    private static String row(String measure, Object value) {
        return "| " + measure + " | " + value + " |";
    }

    private static String seconds(Instant from, Instant to) {
        return String.format("%.1f", Duration.between(from, to).toMillis() / 1000.0);
    }

    /**
     * A records system following the feed: pages of 500 from where it got to, at once again while pages are full,
     * a moment's pause when it has caught up. Through the outage it keeps trying, as such a system would.
     */
    private static final class FeedReader implements Runnable {

        private final ApiTestClients clients;
        private final ApiTestClients.Registered client;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final List<Long> positions = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();
        private final List<String> types = new ArrayList<>();
        private final List<String> references = new ArrayList<>();
        private final AtomicLong count = new AtomicLong();
        private final AtomicLong readNanos = new AtomicLong();
        private final AtomicInteger oddities = new AtomicInteger();
        private volatile String lastOddity;
        private int pages;

        FeedReader(ApiTestClients clients, ApiTestClients.Registered client) {
            this.clients = clients;
            this.client = client;
        }

        @Override
        public void run() {
            String token = null;
            long after = 0;
            while (!stopped.get()) {
                try {
                    if (token == null) {
                        token = clients.token(client, ApiScope.READ_CONTACTS);
                    }
                    long start = System.nanoTime();
                    var page = clients.get("/api/v1/events?limit=500&after=" + after, token);
                    if (page.status() == 401) {
                        token = null;
                        continue;
                    }
                    if (page.status() != 200) {
                        throw new IllegalStateException("feed answered " + page.status() + ": " + page.body());
                    }
                    JsonNode json = page.json();
                    readNanos.addAndGet(System.nanoTime() - start);
                    pages++;
                    synchronized (this) {
                        for (JsonNode event : json.get("events")) {
                            positions.add(event.get("position").asLong());
                            ids.add(event.get("id").asString());
                            types.add(event.get("type").asString());
                            references.add(event.get("contact").get("reference").asString());
                        }
                    }
                    count.addAndGet(json.get("events").size());
                    after = json.get("next").asLong();
                    if (!json.get("more").asBoolean()) {
                        Thread.sleep(50);
                    }
                } catch (IllegalStateException down) {
                    // The instance is down (killed) or starting: a records system tries again.
                    if (!(down.getCause() instanceof IOException)) {
                        oddities.incrementAndGet();
                        lastOddity = down.getMessage();
                    }
                    pause();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private static void pause() {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() {
            stopped.set(true);
        }

        int oddities() {
            return oddities.get();
        }

        String lastOddity() {
            return lastOddity;
        }

        long count() {
            return count.get();
        }

        int pages() {
            return pages;
        }

        double readSeconds() {
            return readNanos.get() / 1e9;
        }

        synchronized List<Long> positions() {
            return List.copyOf(positions);
        }

        synchronized List<String> ids() {
            return List.copyOf(ids);
        }

        synchronized List<String> types() {
            return List.copyOf(types);
        }

        synchronized List<String> references() {
            return List.copyOf(references);
        }
    }

    /**
     * Open311 clients sending reports as fast as they are taken: each of {@code senders} sends the next until
     * {@code events} have been acknowledged; one whose connection fails (the instance down) sends it again.
     */
    private static final class Senders {

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final URI uri;
        private final String body;
        private final int senders;
        private final AtomicInteger remaining;
        private final AtomicInteger accepted = new AtomicInteger();
        private final AtomicInteger serverErrors = new AtomicInteger();
        private final AtomicInteger refusals = new AtomicInteger();
        private volatile String firstRefusal;
        private final Set<String> references = ConcurrentHashMap.newKeySet();
        private final List<Samples> samples = new ArrayList<>();
        private final List<Thread> threads = new ArrayList<>();

        Senders(ApiTestClients clients, String apiKey, int senders, int events) {
            this.uri = URI.create(clients.base() + "/open311/v2/requests.json");
            this.senders = senders;
            this.remaining = new AtomicInteger(events);
            this.body = form("api_key", apiKey, "service_code", "anti-social-behaviour",
                    "address_string", "Flat 2, 10 High Street, Leicester LE1 1AA", "email", "sam.reporter@example.com",
                    "first_name", "Sam", "last_name", "Reporter", "description", "Music until 3am",
                    "attribute[happening-now]", "no", "attribute[kind]", "noise", "attribute[how-often]", "weekly",
                    "attribute[effect]", "No sleep", "attribute[safe-to-contact]", "certain-times",
                    "attribute[safe-to-contact-certain-times-detail]", "Only by text",
                    "attribute[safe-times][]", "weekdays-1700-2100");
        }

        private static String form(String... pairs) {
            var joined = new StringJoiner("&");
            for (int i = 0; i < pairs.length; i += 2) {
                joined.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
            }
            return joined.toString();
        }

        void start() {
            for (int i = 0; i < senders; i++) {
                var mine = new Samples();
                samples.add(mine);
                threads.add(Thread.ofPlatform().name("open311-sender-" + i).start(() -> send(mine)));
            }
        }

        private void send(Samples mine) {
            while (remaining.getAndDecrement() > 0) {
                boolean done = false;
                while (!done) {
                    long start = System.nanoTime();
                    try {
                        var response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200) {
                            mine.add(System.nanoTime() - start);
                            references.add(JSON.readTree(response.body()).get(0).get("service_request_id")
                                    .asString());
                            accepted.incrementAndGet();
                            done = true;
                        } else if (response.statusCode() >= 500) {
                            serverErrors.incrementAndGet();
                            firstRefusal = firstRefusal == null ? response.statusCode() + " " + response.body()
                                    : firstRefusal;
                            done = true;
                        } else {
                            refusals.incrementAndGet();
                            firstRefusal = firstRefusal == null ? response.statusCode() + " " + response.body()
                                    : firstRefusal;
                            done = true;
                        }
                    } catch (IOException down) {
                        // The instance is down (killed): this report is sent again once it is back.
                        sleep();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void join() throws InterruptedException {
            for (var thread : threads) {
                thread.join();
            }
        }

        int accepted() {
            return accepted.get();
        }

        int acknowledged() {
            return accepted.get();
        }

        int serverErrors() {
            return serverErrors.get();
        }

        int refusals() {
            return refusals.get();
        }

        String firstRefusal() {
            return firstRefusal;
        }

        Set<String> references() {
            return references;
        }

        String latency() {
            var all = Samples.merge(samples);
            return String.format("%.0f / %.0f / %.0f", all.percentileMillis(50), all.percentileMillis(95),
                    all.percentileMillis(99));
        }
    }
}
