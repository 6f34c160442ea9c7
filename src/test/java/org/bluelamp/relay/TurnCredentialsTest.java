package org.bluelamp.relay;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TURN passwords as coturn checks them with use-auth-secret, and what browsers are given. */
class TurnCredentialsTest {

    @Test
    void theUsernameIsTheExpiryAndThePasswordItsHmacSha1UnderTheSharedSecret() {
        // The password as computed independently: echo -n "1767225600:relay-test" | openssl dgst -sha1 -hmac
        // north-wind -binary | base64
        var server = TurnCredentials.forCall(List.of("turn:turn.example:3478"), "north-wind", "relay-test",
                Instant.ofEpochSecond(1767225600));
        assertThat(server.username()).isEqualTo("1767225600:relay-test");
        assertThat(server.credential()).isEqualTo("20ll/gAQ1oYi5NkzdEE0CRK/eSk=");
    }

    @Test
    void eachCallGetsItsOwnShortLivedTurnPasswordAndStunNeedsNone() {
        var now = Instant.parse("2026-11-26T10:00:00Z");
        var ice = new IceProperties(List.of("stun:turn.example:3478"), List.of("turn:turn.example:3478"), "north-wind",
                Duration.ofHours(1));
        var media = new PeerToPeerMedia(ice, Clock.fixed(now, ZoneOffset.UTC));
        var one = media.settingsFor(UUID.randomUUID(), "caller");
        var other = media.settingsFor(UUID.randomUUID(), "caller");
        assertThat(one.iceServers()).hasSize(2);
        assertThat(one.iceServers().getFirst()).isEqualTo(new IceServer(List.of("stun:turn.example:3478"), null, null));
        var turn = one.iceServers().get(1);
        assertThat(turn.username()).startsWith(now.plus(Duration.ofHours(1)).getEpochSecond() + ":relay-");
        assertThat(turn.credential()).isNotEqualTo(other.iceServers().get(1).credential());
        assertThat(one.consoleRecords()).isTrue();
    }

    @Test
    void withNoServersConfiguredBrowsersUseTheirOwnAddressesAndTurnWithoutASecretIsRefused() {
        var media = new PeerToPeerMedia(new IceProperties(List.of(" "), List.of(), "", null), Clock.systemUTC());
        assertThat(media.settingsFor(UUID.randomUUID(), "caller").iceServers()).isEmpty();
        assertThatThrownBy(() -> new IceProperties(List.of(), List.of("turn:turn.example:3478"), null, null))
                .hasMessageContaining("turn-secret");
    }
}
