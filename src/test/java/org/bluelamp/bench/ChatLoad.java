package org.bluelamp.bench;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.bluelamp.BluelampProcess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One run of the live chat benchmark against the jar: people join at once (each its own browser, as with the page's
 * script: lines by fetch, a live connection), handlers sign in and answer every chat, then each chat exchanges lines
 * at a steady rate, the person and the handler taking turns, for a fixed period. Each line carries its number and
 * send time; the other party's live connection records when it arrives.
 */
final class ChatLoad {

    private static final String PASSWORD = "bench chat kettle 42";
    private static final Pattern KEY = Pattern.compile("data-key>([A-Z2-7 ]+)<");
    private static final Pattern ANSWER = Pattern.compile("action=\"/staff/chat/([0-9a-f-]{36})/answer\"");
    /** The person's page says it is still there this often (chat.mjs). */
    private static final Duration PING_EVERY = Duration.ofSeconds(10);

    /**
     * What one run measured. The rate reached is over the time the exchange took: when lines fall behind, the
     * period's lines are all still sent, later.
     */
    record Result(int chats, int handlers, Duration period, double linesPerSecond, double exchangeSeconds,
                  double joinSeconds, double answerSeconds, long sent, long failedSends, long late, long lost,
                  long duplicated, long outOfOrder, long serverErrors, long dropped, Samples delivery, Samples personPosts,
                  Samples handlerPosts, double appCpu, double databaseCpu, double benchCpu, double heapMegabytes) {

        static String header() {
            return "| chats at once | handlers | seconds | lines/s asked | lines/s reached | all joined, s "
                    + "| all answered, s | lines sent | sent late | lost | duplicated | out of order | 5xx | failed sends "
                    + "| delivery p50 ms | p95 ms | p99 ms | max ms | p99 under 200 ms | person's post p99 ms "
                    + "| handler's post p99 ms | app CPU | PostgreSQL CPU | bench CPU | heap used, most MB |\n"
                    + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
                    + "| ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: | ---: | ---: | ---: | ---: |";
        }

        String row() {
            double p99 = delivery.percentileMillis(99);
            return String.format(Locale.UK, "| %d | %d | %d | %.0f | %.0f | %.1f | %.1f | %d | %d | %d | %d | %d "
                            + "| %d | %d | %.1f | %.1f | %.1f | %.1f | %s | %.1f | %.1f | %.0f%% | %.0f%% | %.0f%% | %.0f |",
                    chats, handlers, period.toSeconds(), linesPerSecond * chats, sent / exchangeSeconds, joinSeconds,
                    answerSeconds, sent, late, lost, duplicated, outOfOrder, serverErrors, failedSends,
                    delivery.percentileMillis(50), delivery.percentileMillis(95), p99,
                    delivery.percentileMillis(100), p99 < 200 ? "yes" : "no", personPosts.percentileMillis(99),
                    handlerPosts.percentileMillis(99), appCpu, databaseCpu, benchCpu, heapMegabytes);
        }
    }

    /** One chat as the bench drives it: the person's browser and connection, and the handler's tab and connection. */
    private static final class Pair {
        final int number;
        final LoadBrowser person;
        final LiveLines personLive;
        final Samples samples = new Samples();
        /** How long the person's post of a line took, and the handler's post with the page after it. */
        final Samples personPosts = new Samples();
        final Samples handlerPosts = new Samples();
        String chat;
        LoadBrowser handler;
        LiveLines handlerLive;
        final BitSet personSent = new BitSet();
        final BitSet handlerSent = new BitSet();
        int personLines;
        int handlerLines;
        final CountDownLatch done = new CountDownLatch(1);

        Pair(int number, LoadBrowser person, LiveLines personLive) {
            this.number = number;
            this.person = person;
            this.personLive = personLive;
        }
    }

    private final BluelampProcess app;
    private final int port;
    private final HttpClient http = LoadBrowser.sharedClient();
    private final HttpClient sockets = HttpClient.newHttpClient();
    private final long start = System.nanoTime();
    private final AtomicLong failedSends = new AtomicLong();
    private final AtomicLong late = new AtomicLong();
    private final List<LoadBrowser> browsers = new ArrayList<>();
    /** Every person's live connection, for the pings their page sends. */
    private final List<LiveLines> people = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.concurrent.ScheduledExecutorService pings =
            Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());

    private ChatLoad(BluelampProcess app) {
        this.app = app;
        this.port = app.port();
    }

    static Result run(BluelampProcess app, int chats, int heldAtOnce, Duration period, double linesPerSecond)
            throws Exception {
        return new ChatLoad(app).drive(chats, heldAtOnce, period, linesPerSecond);
    }

    private Result drive(int chats, int heldAtOnce, Duration period, double linesPerSecond) throws Exception {
        // As the person's page does, waiting or not: a chat not heard from for a few minutes is ended.
        pings.scheduleAtFixedRate(() -> people.forEach(live -> {
            try {
                live.send("{\"type\":\"ping\"}");
            } catch (RuntimeException e) {
                // a connection gone: counted as dropped at the end
            }
        }), PING_EVERY.toSeconds(), PING_EVERY.toSeconds(), TimeUnit.SECONDS);
        try {
            return driveAndPing(chats, heldAtOnce, period, linesPerSecond);
        } finally {
            pings.shutdownNow();
        }
    }

    private Result driveAndPing(int chats, int heldAtOnce, Duration period, double linesPerSecond) throws Exception {
        int handlerCount = Math.ceilDiv(chats, heldAtOnce);
        var handlers = signIn(makeHandlers(handlerCount));
        long joining = System.nanoTime();
        var pairs = join(chats);
        double joinSeconds = (System.nanoTime() - joining) / 1e9;
        long answering = System.nanoTime();
        answerAll(handlers, heldAtOnce, chats);
        await("every person told their chat is answered").atMost(Duration.ofMinutes(2))
                .until(() -> pairs.stream().allMatch(p -> p.personLive.answered()));
        double answerSeconds = (System.nanoTime() - answering) / 1e9;
        openHandlerSides(pairs, handlers);

        var cpuBefore = cpu();
        long exchangeStart = System.nanoTime();
        var heap = new HeapWatch(app.managementPort());
        try (var virtual = Executors.newVirtualThreadPerTaskExecutor()) {
            long interval = (long) (1e9 / linesPerSecond);
            long end = exchangeStart + period.toNanos();
            for (var pair : pairs) {
                long offset = ThreadLocalRandom.current().nextLong(interval);
                step(virtual, pair, 0, exchangeStart + offset, interval, end);
            }
            for (var pair : pairs) {
                pair.done.await();
            }
        }
        double seconds = (System.nanoTime() - exchangeStart) / 1e9;
        var cpuAfter = cpu();
        heap.stop();
        try {
            await("every line sent to arrive").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> pairs.stream().allMatch(p -> p.handlerLive.missing(p.personSent) == 0
                            && p.personLive.missing(p.handlerSent) == 0));
        } catch (org.awaitility.core.ConditionTimeoutException reported) {
            // lines still missing are counted as lost below, and fail the benchmark
        }
        long sent = 0;
        long lost = 0;
        long duplicated = 0;
        long outOfOrder = 0;
        long dropped = 0;
        var deliveries = new ArrayList<Samples>();
        for (var pair : pairs) {
            sent += pair.personSent.cardinality() + pair.handlerSent.cardinality();
            lost += pair.handlerLive.missing(pair.personSent) + pair.personLive.missing(pair.handlerSent);
            duplicated += pair.handlerLive.duplicated() + pair.personLive.duplicated();
            outOfOrder += pair.handlerLive.outOfOrder() + pair.personLive.outOfOrder();
            dropped += (pair.handlerLive.closed() ? 1 : 0) + (pair.personLive.closed() ? 1 : 0);
            deliveries.add(pair.handlerLive.delivery());
            deliveries.add(pair.personLive.delivery());
            pair.personLive.close();
            pair.handlerLive.close();
        }
        long serverErrors = browsers.stream().mapToLong(LoadBrowser::serverErrors).sum()
                + pairs.stream().mapToLong(p -> p.handler.serverErrors()).sum();
        return new Result(chats, handlerCount, period, linesPerSecond, seconds, joinSeconds, answerSeconds, sent,
                failedSends.get(), late.get(), lost, duplicated, outOfOrder, serverErrors, dropped,
                Samples.merge(deliveries), Samples.merge(pairs.stream().map(p -> p.personPosts).toList()),
                Samples.merge(pairs.stream().map(p -> p.handlerPosts).toList()),
                percent(cpuAfter.app() - cpuBefore.app(), seconds),
                percent(cpuAfter.database() - cpuBefore.database(), seconds),
                percent(cpuAfter.bench() - cpuBefore.bench(), seconds), heap.mostMegabytes());
    }

    /**
     * Line {@code i} of a chat at its due time, then the next: even lines the person's, odd the handler's. A side
     * sends one line at a time, as a person types: a line due while the last is still being sent waits, and counts
     * as late. Each side says it is typing first, as the page does (the server passes it on at most every 2 s).
     */
    private void step(ExecutorService virtual, Pair pair, int i, long due, long interval, long end) {
        if (due >= end) {
            pair.done.countDown();
            return;
        }
        CompletableFuture.runAsync(() -> {
            try {
                if (System.nanoTime() - due > interval) {
                    late.incrementAndGet();
                }
                if (i % 2 == 0) {
                    personSays(pair);
                } else {
                    handlerSays(pair);
                }
            } catch (RuntimeException | AssertionError e) {
                failedSends.incrementAndGet();
            } finally {
                step(virtual, pair, i + 1, due + interval, interval, end);
            }
        }, CompletableFuture.delayedExecutor(Math.max(0, due - System.nanoTime()), TimeUnit.NANOSECONDS, virtual));
    }

    private void personSays(Pair pair) {
        pair.personLive.send("{\"type\":\"typing\"}");
        int number = pair.personLines++;
        long posted = System.nanoTime();
        int status = pair.person.postFetched("/chat/now/lines", "text", LiveLines.text(number, start));
        pair.personPosts.add(System.nanoTime() - posted);
        if (status == 204) {
            pair.personSent.set(number);
        } else {
            failedSends.incrementAndGet();
        }
    }

    /** As the console's script does: the line by fetch, back through the live connection. */
    private void handlerSays(Pair pair) {
        pair.handlerLive.send("{\"type\":\"typing\"}");
        int number = pair.handlerLines++;
        long posted = System.nanoTime();
        int status = pair.handler.postFetched("/staff/chat/" + pair.chat + "/lines", "text",
                LiveLines.text(number, start));
        pair.handlerPosts.add(System.nanoTime() - posted);
        if (status == 204) {
            pair.handlerSent.set(number);
        } else {
            failedSends.incrementAndGet();
        }
    }

    /** Contact handlers made straight in the database, as an admin would make them; no authenticator yet. */
    private List<String> makeHandlers(int count) throws Exception {
        var db = JdbcClient.create(app.database());
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        var usernames = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            String username = "bench.handler-" + i;
            db.sql("""
                            INSERT INTO staff_account (username, display_name, email, password_hash, roles, created_at)
                            VALUES (:u, :name, :email, :hash, ARRAY['CONTACT_HANDLER'], now())""")
                    .param("u", username).param("name", "Bench handler " + i)
                    .param("email", username + "@example.police.uk").param("hash", hash).update();
            usernames.add(username);
        }
        return usernames;
    }

    /** Each handler signs in for the first time, setting up the authenticator app the page offers. */
    private List<LoadBrowser> signIn(List<String> usernames) throws Exception {
        var tasks = new ArrayList<Callable<LoadBrowser>>();
        for (String username : usernames) {
            tasks.add(() -> {
                var browser = new LoadBrowser(http, port, new Samples());
                browser.get("/staff/sign-in");
                var setUp = browser.post("/staff/sign-in", "username", username, "password", PASSWORD);
                var key = KEY.matcher(setUp.body());
                assertThat(key.find()).as("authenticator set-up for %s, on %s", username, setUp.path()).isTrue();
                byte[] secret = new Base32().decode(key.group(1).replace(" ", ""));
                // The recovery codes are shown next; then the console.
                browser.post("/staff/set-up/authenticator", "code", codeAt(secret, Instant.now()));
                assertThat(browser.get("/staff/chat").path()).as("%s signed in", username).isEqualTo("/staff/chat");
                return browser;
            });
        }
        var handlers = all(tasks);
        browsers.addAll(handlers);
        return handlers;
    }

    /** Everyone at once: the emergency question, what it is about, join, and the page's live connection. */
    private List<Pair> join(int chats) throws Exception {
        var tasks = new ArrayList<Callable<Pair>>();
        for (int i = 0; i < chats; i++) {
            int number = i;
            tasks.add(() -> {
                var person = new LoadBrowser(http, port, new Samples());
                person.get("/chat");
                person.get("/chat/emergency");
                person.post("/chat/emergency", "emergency", "no");
                var now = person.post("/chat/join", "name", "", "about", "Bench chat " + number);
                assertThat(now.path()).as("person %d joined", number).isEqualTo("/chat/now");
                var live = LiveLines.connect(sockets, port, "/chat/now/live", person.cookieHeader(), "handler",
                        start);
                people.add(live);
                return new Pair(number, person, live);
            });
        }
        var pairs = all(tasks);
        pairs.forEach(pair -> browsers.add(pair.person));
        return pairs;
    }

    /**
     * The handlers at once, each answering from the console until they hold their share or none wait: each picks
     * one of the waiting chats the console lists (taking the top one would only make them collide).
     */
    private void answerAll(List<LoadBrowser> handlers, int heldAtOnce, int chats) throws Exception {
        var answered = new AtomicInteger();
        var tasks = new ArrayList<Callable<Integer>>();
        for (var handler : handlers) {
            tasks.add(() -> {
                int held = 0;
                while (held < heldAtOnce) {
                    var waiting = ANSWER.matcher(handler.get("/staff/chat").body()).results()
                            .map(m -> m.group(1)).toList();
                    if (waiting.isEmpty()) {
                        break;
                    }
                    var chat = waiting.get(ThreadLocalRandom.current().nextInt(waiting.size()));
                    if (handler.post("/staff/chat/" + chat + "/answer").path().startsWith("/staff/chat/" + chat)) {
                        held++;
                        answered.incrementAndGet();
                    }
                }
                return held;
            });
        }
        all(tasks);
        assertThat(answered.get()).as("chats answered").isEqualTo(chats);
    }

    /**
     * Pairs each chat with its handler (the person's "about" names it), opens the handler's live connection to it,
     * and waits until each person has heard their handler typing: both connections followed.
     */
    private void openHandlerSides(List<Pair> pairs, List<LoadBrowser> handlers) throws Exception {
        var db = JdbcClient.create(app.database());
        Map<String, LoadBrowser> byUsername = new HashMap<>();
        for (int i = 0; i < handlers.size(); i++) {
            byUsername.put("bench.handler-" + i, handlers.get(i));
        }
        Map<String, String[]> chats = new HashMap<>();
        db.sql("SELECT id, about, answered_by FROM chat WHERE status = 'answered'").query((rs, n) -> chats.put(
                rs.getString("about"), new String[]{rs.getString("id"), rs.getString("answered_by")})).list();
        assertThat(chats).as("chats answered").hasSize(pairs.size());
        var tasks = new ArrayList<Callable<Pair>>();
        for (var pair : pairs) {
            tasks.add(() -> {
                var chat = chats.get("Bench chat " + pair.number);
                var handler = byUsername.get(chat[1]);
                pair.chat = chat[0];
                pair.handler = handler.tab(pair.samples);
                pair.handlerLive = LiveLines.connect(sockets, port, "/staff/chat/live?chat=" + pair.chat,
                        handler.cookieHeader(), "person", start);
                pair.handlerLive.send("{\"type\":\"typing\"}");
                return pair;
            });
        }
        all(tasks);
        await("every person hears their handler typing").atMost(Duration.ofMinutes(1))
                .until(() -> pairs.stream().allMatch(p -> p.personLive.otherTyping()));
    }

    private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        var results = new ArrayList<T>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
        }
        return results;
    }

    private static String codeAt(byte[] secret, Instant when) throws Exception {
        return "%06d".formatted(new HmacOneTimePasswordGenerator(6).generateOneTimePassword(
                new SecretKeySpec(secret, "HmacSHA1"), Math.floorDiv(when.getEpochSecond(), 30)));
    }

    /** CPU used so far, in seconds: the application's JVM, its PostgreSQL (every process), and this bench. */
    private record Cpu(double app, double database, double bench) {
    }

    private Cpu cpu() throws Exception {
        var postgres = ProcessHandle.of(app.postmasterPid()).stream()
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()));
        return new Cpu(cpuOf(ProcessHandle.of(app.pid()).stream()), cpuOf(postgres),
                cpuOf(Stream.of(ProcessHandle.current())));
    }

    private static double cpuOf(Stream<ProcessHandle> processes) {
        return processes.mapToDouble(p -> p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0))
                .sum();
    }

    /** CPU as a share of one core over the period: 200% is both cores of a 2-core machine. */
    private static double percent(double cpuSeconds, double seconds) {
        return 100 * cpuSeconds / seconds;
    }

    /** The application's heap in use, read from its metrics every second; the most seen. */
    private static final class HeapWatch {
        private static final Pattern HEAP = Pattern.compile(
                "^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)", Pattern.MULTILINE);
        private final HttpClient client = HttpClient.newHttpClient();
        private final URI metrics;
        private final java.util.concurrent.ScheduledExecutorService timer =
                Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());
        private volatile double most;

        HeapWatch(int managementPort) {
            this.metrics = URI.create("http://localhost:" + managementPort + "/actuator/prometheus");
            timer.scheduleAtFixedRate(this::look, 0, 1, TimeUnit.SECONDS);
        }

        private void look() {
            try {
                var body = client.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                double used = HEAP.matcher(body).results().mapToDouble(m -> Double.parseDouble(m.group(1))).sum();
                most = Math.max(most, used / (1024 * 1024));
            } catch (Exception e) {
                // one missed look
            }
        }

        void stop() {
            timer.shutdownNow();
        }

        double mostMegabytes() {
            return most;
        }
    }
}
