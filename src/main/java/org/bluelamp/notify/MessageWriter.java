package org.bluelamp.notify;

import org.bluelamp.platform.ForceProperties;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a template for each way a message goes and puts the results in the outbox, each under its own key so a
 * listener that is run again stores nothing twice.
 */
@Component
class MessageWriter {

    private final MessageTemplates templates;
    private final MessageOutbox outbox;
    private final ForceProperties force;

    MessageWriter(MessageTemplates templates, MessageOutbox outbox, ForceProperties force) {
        this.templates = templates;
        this.outbox = outbox;
        this.force = force;
    }

    /**
     * The values with the ones every template may use: the force's name and phone number (unless the message gives
     * its own words for how to reach us, as for a Deaf reporter). A value no kind of message has is a listener's
     * mistake (its words would never show), so it stops here, naming the value, and its test fails.
     */
    Map<String, String> withForce(Map<String, String> values) {
        values.keySet().stream().filter(name -> !MessageKind.anyOffers(name)).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("((" + name + ")) is not a value any message has (MessageKind)");
        });
        var filled = new HashMap<>(values);
        filled.put("force", force.name());
        filled.putIfAbsent("phone", force.nonEmergencyPhone());
        return filled;
    }

    /**
     * A message of a kind with nothing secret in it.
     *
     * @param cause what the message is about, unique to it (a report's id, a request's id), for its dedupe key
     * @return how many messages were stored now
     */
    int write(MessageKind kind, String cause, String reference, Map<String, String> values, List<Delivery> deliveries) {
        return write(kind, cause, reference, values, null, deliveries);
    }

    /**
     * A message whose kind may carry a code or link: the secret values are left out of the stored words (each stays
     * ((name))) and go to the outbox sealed, until {@code secretsExpireAt}, to be put in when it is sent.
     *
     * @param secretsExpireAt when the code or link stops working; required if the kind has secret values
     */
    int write(MessageKind kind, String cause, String reference, Map<String, String> values, Instant secretsExpireAt,
              List<Delivery> deliveries) {
        var template = templates.of(kind);
        var filled = withForce(values);
        if (reference != null) {
            filled.put("reference", reference);
        }
        var secrets = new HashMap<String, String>();
        for (String name : kind.secretValues()) {
            var secret = filled.put(name, SecretWords.placeholder(name));
            if (secret != null) {
                secrets.put(name, secret);
            }
        }
        int stored = 0;
        for (Delivery delivery : deliveries) {
            boolean email = delivery.channel() == MessageChannel.EMAIL;
            var message = new NewMessage(kind.code() + ":" + cause + ":" + delivery.channel().name().toLowerCase(),
                    kind.code(), delivery.channel(), delivery.recipient(), email ? template.subject(filled) : null,
                    email ? template.email(filled) : template.text(filled), reference, delivery.notBefore(),
                    secrets, secrets.isEmpty() ? null : secretsExpireAt);
            if (outbox.queue(message)) {
                stored++;
            }
        }
        return stored;
    }
}
