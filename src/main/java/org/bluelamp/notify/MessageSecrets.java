package org.bluelamp.notify;

import org.bluelamp.staff.SealedSecrets;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.Optional;

/**
 * A message's secret values, sealed with the shared secrets key for the short time between queuing and sending.
 * Each is bound to its message's dedupe key, so sealed values copied onto another message do not open there.
 */
@Component
class MessageSecrets {

    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() { };

    private final SealedSecrets sealed;
    private final JsonMapper json;

    MessageSecrets(SealedSecrets sealed, JsonMapper json) {
        this.sealed = sealed;
        this.json = json;
    }

    byte[] seal(Map<String, String> secrets, String dedupeKey) {
        return sealed.seal(json.writeValueAsString(secrets), context(dedupeKey));
    }

    /** The values, or empty if they do not open (another key, another message, changed since). */
    Optional<Map<String, String>> open(byte[] secrets, String dedupeKey) {
        return sealed.open(secrets, context(dedupeKey)).map(values -> json.readValue(values, VALUES));
    }

    private static String context(String dedupeKey) {
        return "message:" + dedupeKey;
    }
}
