package org.bluelamp.open311;

import org.bluelamp.integration.ApiCallLimits;
import org.bluelamp.integration.ApiClient;
import org.bluelamp.integration.ApiKeys;
import org.bluelamp.integration.ApiScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who is calling, by the api_key they send: a client registered and approved by the force's admins, not disabled,
 * that may submit reports; each call counted against its limit per minute.
 */
@Component
class Callers {

    private final ApiKeys keys;
    private final ApiCallLimits limits;

    Callers(ApiKeys keys, ApiCallLimits limits) {
        this.keys = keys;
        this.limits = limits;
    }

    ApiClient client(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw Refusal.of(HttpStatus.FORBIDDEN, Words.NO_KEY);
        }
        var client = keys.client(apiKey.strip()).orElseThrow(() -> Refusal.of(HttpStatus.FORBIDDEN, Words.BAD_KEY));
        if (!client.may(ApiScope.SUBMIT_REPORTS)) {
            throw Refusal.of(HttpStatus.FORBIDDEN, Words.NO_SCOPE);
        }
        limits.take(client).ifPresent(retryAt -> {
            throw Refusal.tooMany(retryAt);
        });
        return client;
    }
}
