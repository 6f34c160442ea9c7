package org.bluelamp.relay;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * How browsers find a way to each other: STUN servers, and TURN servers to relay media when no direct way exists
 * (most mobile networks and many offices). With {@code turnSecret} set, each call gets its own short-lived TURN
 * password (coturn's {@code use-auth-secret} / {@code static-auth-secret}): no long-lived password is ever sent to a
 * browser.
 */
@ConfigurationProperties("bluelamp.relay.ice")
public record IceProperties(List<String> stun, List<String> turn, String turnSecret, Duration turnLifetime) {

    public IceProperties {
        stun = stun == null ? List.of() : stun.stream().filter(url -> !url.isBlank()).map(String::strip).toList();
        turn = turn == null ? List.of() : turn.stream().filter(url -> !url.isBlank()).map(String::strip).toList();
        turnSecret = turnSecret == null || turnSecret.isBlank() ? null : turnSecret;
        turnLifetime = turnLifetime == null ? Duration.ofHours(2) : turnLifetime;
        if (!turn.isEmpty() && turnSecret == null) {
            throw new IllegalArgumentException("bluelamp.relay.ice: TURN servers need bluelamp.relay.ice.turn-secret, "
                    + "the static-auth-secret set in coturn");
        }
    }
}
