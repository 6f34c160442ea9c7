package org.bluelamp.notify;

import org.bluelamp.platform.ForceProperties;
import org.springframework.stereotype.Component;

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

    /** The values with the ones every template may use: the force's name and phone number. */
    Map<String, String> withForce(Map<String, String> values) {
        var filled = new HashMap<>(values);
        filled.put("force", force.name());
        filled.put("phone", force.nonEmergencyPhone());
        return filled;
    }

    /**
     * @param cause what the message is about, unique to it (a report's id, a request's id), for its dedupe key
     * @return how many messages were stored now
     */
    int write(MessageKind kind, String cause, String reference, Map<String, String> values, List<Delivery> deliveries) {
        var template = templates.of(kind);
        var filled = withForce(values);
        if (reference != null) {
            filled.put("reference", reference);
        }
        int stored = 0;
        for (Delivery delivery : deliveries) {
            boolean email = delivery.channel() == MessageChannel.EMAIL;
            var message = new NewMessage(kind.code() + ":" + cause + ":" + delivery.channel().name().toLowerCase(),
                    kind.code(), delivery.channel(), delivery.recipient(), email ? template.subject(filled) : null,
                    email ? template.email(filled) : template.text(filled), reference, delivery.notBefore());
            if (outbox.queue(message)) {
                stored++;
            }
        }
        return stored;
    }
}
