package org.bluelamp.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A records system's webhook endpoint on 127.0.0.1, as a careful receiver writes it: every Standard Webhooks
 * signature checked (HMAC-SHA256 of "id.timestamp.body"), the timestamp recent, the body's event id the header's.
 * It answers 500 to a share of first attempts, at random, so that the application's retries are exercised, and
 * records when each webhook-id first arrived and how often it was accepted.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final double refuseShare;
    private volatile byte[] key;
    private final Map<String, Instant> firstArrival = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    private final Set<String> refusedOnce = ConcurrentHashMap.newKeySet();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger badCalls = new AtomicInteger();
    private volatile String firstBadCall;

    private WebhookReceiver(double refuseShare) throws IOException {
        this.refuseShare = refuseShare;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hooks", this::handle);
        server.start();
    }

    static WebhookReceiver start(double refuseShare) throws IOException {
        return new WebhookReceiver(refuseShare);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The secret Bluelamp gave when the webhook was set ({@code whsec_} and base64). */
    void secret(String secret) {
        key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            calls.incrementAndGet();
            byte[] body = exchange.getRequestBody().readNBytes(1 << 20);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String problem = problem(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body);
            if (problem != null) {
                badCalls.incrementAndGet();
                firstBadCall = firstBadCall == null ? problem : firstBadCall;
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            boolean first = firstArrival.putIfAbsent(id, Instant.now()) == null;
            if (first && ThreadLocalRandom.current().nextDouble() < refuseShare) {
                refusedOnce.add(id);
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            accepted.computeIfAbsent(id, i -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
        }
    }

    /** What is wrong with a call, or null if it is signed, recent and about the event its id names. */
    private String problem(String id, String timestamp, String signatures, byte[] body) {
        if (id == null || timestamp == null || signatures == null) {
            return "a webhook header missing";
        }
        long seconds = Long.parseLong(timestamp);
        if (Math.abs(Instant.now().getEpochSecond() - seconds) > 300) {
            return "timestamp " + timestamp + " more than 5 minutes away";
        }
        byte[] expected;
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            expected = mac.doFinal((id + "." + timestamp + "." + new String(body, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        boolean signed = false;
        for (String each : signatures.split(" ")) {
            if (each.startsWith("v1,") && MessageDigest.isEqual(expected,
                    Base64.getDecoder().decode(each.substring(3)))) {
                signed = true;
            }
        }
        if (!signed) {
            return "signature does not match";
        }
        var event = JSON.readTree(body).get("data");
        if (!id.equals(event.get("id").asString())) {
            return "webhook-id " + id + " but data.id " + event.get("id");
        }
        return null;
    }

    Map<String, Instant> firstArrivals() {
        return firstArrival;
    }

    /** Each webhook-id answered 2xx, with how many times. */
    Map<String, AtomicInteger> accepted() {
        return accepted;
    }

    int refused() {
        return refusedOnce.size();
    }

    int calls() {
        return calls.get();
    }

    int badCalls() {
        return badCalls.get();
    }

    String firstBadCall() {
        return firstBadCall;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
