package org.bluelamp.notify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local GOV.UK Notify speaking enough of its API for the Java client: sending an email or a text, and listing
 * notifications by reference. It answers as it is scripted (busy, broken, refusing, or accepting but answering too
 * late) and counts what it accepted for each reference, so a test can prove a message went once. It takes any bearer
 * token: checking the client's JWT is the client's business.
 */
final class NotifyStandIn implements AutoCloseable {

    /** How to answer one send. */
    sealed interface Answer {
        Answer ACCEPT = new Status(201);

        record Status(int code) implements Answer {
        }

        /**
         * Takes the message, then holds its answer until the test is over (a reset or close lets it go), or at most
         * this long: past the worker's timeout, so the worker never learns it was taken.
         */
        record AcceptLate(Duration after) implements Answer {
        }
    }

    /** One notification it accepted. */
    record Accepted(String id, String reference, String type, String to, Map<String, String> personalisation) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final Deque<Answer> script = new ConcurrentLinkedDeque<>();
    private final AtomicReference<Answer> otherwise = new AtomicReference<>(Answer.ACCEPT);
    private final List<Accepted> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> acceptedByReference = new ConcurrentHashMap<>();
    private final AtomicInteger sendRequests = new AtomicInteger();
    /** Held answers wait on this; reset and close let them go. */
    private final AtomicReference<CountDownLatch> heldAnswers = new AtomicReference<>(new CountDownLatch(1));

    NotifyStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v2/notifications", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the next sends so, in order; then as {@link #otherwise}. */
    void script(Answer... answers) {
        script.addAll(List.of(answers));
    }

    /** How sends are answered once the script has run out. */
    void otherwise(Answer answer) {
        otherwise.set(answer);
    }

    /** Forgets the script and everything it took. */
    void reset() {
        heldAnswers.getAndSet(new CountDownLatch(1)).countDown();
        script.clear();
        otherwise.set(Answer.ACCEPT);
        accepted.clear();
        acceptedByReference.clear();
        sendRequests.set(0);
    }

    /** Takes a message as if a worker that then died had sent it. */
    Accepted acceptDirectly(String reference, String to) {
        var taken = new Accepted(UUID.randomUUID().toString(), reference, "email", to, Map.of());
        accepted.add(taken);
        acceptedByReference.computeIfAbsent(reference, key -> new AtomicInteger()).incrementAndGet();
        return taken;
    }

    int acceptedWith(String reference) {
        var count = acceptedByReference.get(reference);
        return count == null ? 0 : count.get();
    }

    List<Accepted> accepted() {
        synchronized (accepted) {
            return List.copyOf(accepted);
        }
    }

    int sendRequests() {
        return sendRequests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("GET") && path.equals("/v2/notifications")) {
                list(exchange);
            } else if (exchange.getRequestMethod().equals("POST") && (path.endsWith("/email") || path.endsWith("/sms"))) {
                send(exchange, path.endsWith("/email") ? "email" : "sms");
            } else {
                answer(exchange, 404, error(404, "ResourceNotFound"));
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(HttpExchange exchange, String type) throws IOException, InterruptedException {
        sendRequests.incrementAndGet();
        var request = json.readTree(exchange.getRequestBody());
        var next = script.poll();
        var answer = next == null ? otherwise.get() : next;
        if (answer instanceof Answer.Status(int code) && code != 201) {
            answer(exchange, code, error(code, code == 429 ? "RateLimitError" : code >= 500 ? "Exception"
                    : code == 403 ? "AuthError" : "BadRequestError"));
            return;
        }
        var reference = request.get("reference").asString();
        var to = request.get(type.equals("email") ? "email_address" : "phone_number").asString();
        var personalisation = new java.util.HashMap<String, String>();
        request.get("personalisation").properties().forEach(entry ->
                personalisation.put(entry.getKey(), entry.getValue().asString()));
        var taken = new Accepted(UUID.randomUUID().toString(), reference, type, to, personalisation);
        accepted.add(taken);
        acceptedByReference.computeIfAbsent(reference, key -> new AtomicInteger()).incrementAndGet();
        if (answer instanceof Answer.AcceptLate(Duration after)) {
            heldAnswers.get().await(after.toMillis(), TimeUnit.MILLISECONDS);
        }
        var content = json.createObjectNode().put("body", personalisation.getOrDefault("body", ""));
        if (type.equals("email")) {
            content.put("subject", personalisation.getOrDefault("subject", "")).put("from_email", "force@example.gov.uk");
        } else {
            content.putNull("from_number");
        }
        var response = json.createObjectNode().put("id", taken.id()).put("reference", reference)
                .put("uri", baseUrl() + "/v2/notifications/" + taken.id());
        response.set("content", content);
        response.set("template", template(request.get("template_id").asString()));
        answer(exchange, 201, response);
    }

    private void list(HttpExchange exchange) throws IOException {
        var query = exchange.getRequestURI().getRawQuery();
        String reference = null;
        for (var pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith("reference=")) {
                reference = URLDecoder.decode(pair.substring("reference=".length()), StandardCharsets.UTF_8);
            }
        }
        var notifications = json.createArrayNode();
        for (var taken : accepted()) {
            if (taken.reference().equals(reference)) {
                var one = json.createObjectNode().put("id", taken.id()).put("reference", taken.reference())
                        .put("type", taken.type()).put("status", "sending").put("body", "")
                        .put("created_at", "2026-01-01T00:00:00.000000Z");
                one.put(taken.type().equals("email") ? "email_address" : "phone_number", taken.to());
                one.set("template", template(UUID.randomUUID().toString()));
                notifications.add(one);
            }
        }
        var response = json.createObjectNode();
        response.set("notifications", notifications);
        response.set("links", json.createObjectNode().put("current", baseUrl() + "/v2/notifications"));
        answer(exchange, 200, response);
    }

    private ObjectNode template(String id) {
        return json.createObjectNode().put("id", id).put("version", 1).put("uri", baseUrl() + "/v2/template/" + id);
    }

    private ObjectNode error(int code, String errorClass) {
        var errors = json.createArrayNode().add(json.createObjectNode().put("error", errorClass)
                .put("message", "scripted " + code));
        var body = json.createObjectNode().put("status_code", code);
        body.set("errors", errors);
        return body;
    }

    private void answer(HttpExchange exchange, int code, JsonNode body) throws IOException {
        var bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        heldAnswers.get().countDown();
        server.stop(0);
    }
}
