package org.bluelamp.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * GOV.UK Notify's delivery receipts: public and without a CSRF token (Notify is no browser), so it answers only to
 * the bearer token we gave Notify. Answers 401 to a wrong token, 400 to a body it cannot read, never 500.
 */
@RestController
class DeliveryReceiptController {

    static final String PATH = "/notify/callback";
    private static final Logger log = LoggerFactory.getLogger(DeliveryReceiptController.class);
    private static final Set<String> FAILURES = Set.of("permanent-failure", "temporary-failure", "technical-failure");

    private final Messages messages;
    private final NotifyProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    DeliveryReceiptController(Messages messages, NotifyProperties properties, JsonMapper json, Clock clock) {
        this.messages = messages;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receipt(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                 @RequestBody(required = false) byte[] body) {
        if (!authorised(authorization)) {
            return ResponseEntity.status(401).build();
        }
        Receipt receipt;
        try {
            receipt = Receipt.of(body == null ? null : json.readTree(body));
        } catch (JacksonException unreadable) {
            return ResponseEntity.badRequest().build();
        }
        if (receipt == null) {
            return ResponseEntity.badRequest().build();
        }
        if (receipt.ours().isEmpty()) {
            // Not a reference we give (another service's message): nothing to do, and Notify need not try again.
            log.info("A delivery receipt named no message of ours");
            return ResponseEntity.noContent().build();
        }
        boolean delivered = receipt.status().equals("delivered");
        boolean failed = FAILURES.contains(receipt.status());
        if (!messages.receipt(receipt.ours().get(), receipt.providerId(), receipt.status(), delivered, failed,
                clock.instant())) {
            log.info("A delivery receipt named no message we have");
        }
        return ResponseEntity.noContent().build();
    }

    private boolean authorised(String authorization) {
        var token = properties.govuk().callbackToken();
        if (NotifyProperties.blank(token) || authorization == null) {
            return false;
        }
        return MessageDigest.isEqual(("Bearer " + token).getBytes(StandardCharsets.UTF_8),
                authorization.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** What a receipt says: our message id (Notify's reference), Notify's id and the status. */
    record Receipt(String reference, String providerId, String status) {

        /** @return null if a field is missing or the status is not a word */
        static Receipt of(JsonNode body) {
            if (body == null || !body.isObject()) {
                return null;
            }
            var reference = text(body, "reference");
            var status = text(body, "status");
            if (reference == null || status == null || !status.matches("[a-z-]{1,40}")) {
                return null;
            }
            return new Receipt(reference, text(body, "id"), status);
        }

        /** Our message's id: we give each message's id as its reference. */
        Optional<UUID> ours() {
            try {
                return Optional.of(UUID.fromString(reference));
            } catch (IllegalArgumentException notOurs) {
                return Optional.empty();
            }
        }

        private static String text(JsonNode body, String field) {
            var value = body.get(field);
            return value == null || !value.isString() || value.asString().isBlank() ? null : value.asString();
        }
    }
}
