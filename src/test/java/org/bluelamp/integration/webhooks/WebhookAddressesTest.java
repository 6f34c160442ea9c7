package org.bluelamp.integration.webhooks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The address rules as they stand in production: https only, public addresses only. */
class WebhookAddressesTest {

    private final WebhookAddresses production = new WebhookAddresses(false, false);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.0.0.1", "10.255.1.2", "172.16.0.1", "172.31.255.255",
            "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "198.18.0.1",
            "::1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
            "64:ff9b::a00:1", "2002:a00:1::1"})
    void loopbackPrivateLinkLocalMulticastAndUnspecifiedAddressesAreNotPublic(String address) throws Exception {
        assertThat(WebhookAddresses.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "81.2.69.160", "172.32.0.1", "2001:4860:4860::8888", "2a00:1450:4009::200e"})
    void publicAddressesAre(String address) throws Exception {
        assertThat(WebhookAddresses.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://169.254.169.254/latest/meta-data",
            "https://[::1]/hook", "https://[fc00::1]/hook", "https://[fd00::5]:8443/hook", "https://localhost/hook",
            "https://0.0.0.0/hook", "https://[::ffff:127.0.0.1]/hook"})
    void aWebhookOnAPrivateOrLocalNetworkIsRefused(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(WebhookAddresses.Refused.class)
                .hasMessageContaining("private, local or reserved network");
    }

    @Test
    void aPrivateAddressIsAllowedOnlyWhenConfigured() throws Exception {
        var target = new WebhookAddresses(true, true).check("http://127.0.0.1:8089/hooks?from=bluelamp");
        assertThat(target.address()).isEqualTo(InetAddress.getByName("127.0.0.1"));
        assertThat(target.port()).isEqualTo(8089);
        assertThat(target.tls()).isFalse();
        assertThat(target.pathAndQuery()).isEqualTo("/hooks?from=bluelamp");
        assertThat(target.hostHeader()).isEqualTo("127.0.0.1:8089");
    }

    @Test
    void plainHttpIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> production.check("http://hooks.example.com/in"))
                .isInstanceOf(WebhookAddresses.Refused.class).hasMessage("The url must start with https://.");
        assertThatThrownBy(() -> new WebhookAddresses(true, true).check("ftp://127.0.0.1/in"))
                .isInstanceOf(WebhookAddresses.Refused.class)
                .hasMessage("The url must start with https:// or http://.");
    }

    @Test
    void aUrlLongerThan2000CharactersIsRefused() throws Exception {
        var base = "https://hooks.example.com/";
        var longest = base + "a".repeat(2000 - base.length());
        assertThat(production.parse(longest).getHost()).isEqualTo("hooks.example.com");
        assertThatThrownBy(() -> production.check(longest + "a")).isInstanceOf(WebhookAddresses.Refused.class)
                .hasMessage("The url is longer than 2000 characters.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:pass@hooks.example.com/in", "https://user@hooks.example.com/in"})
    void aUserNameOrPasswordIsRefused(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(WebhookAddresses.Refused.class)
                .hasMessage("The url must not hold a user name or password.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "not a url", "https://", "/relative/path", "https://hooks.example.com/in#part"})
    void somethingThatIsNotAnAbsoluteUrlIsRefused(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(WebhookAddresses.Refused.class);
    }

    @Test
    void aHostThatCannotBeFoundIsRefused() {
        assertThatThrownBy(() -> production.check("https://no-such-host.invalid/in"))
                .isInstanceOf(WebhookAddresses.Refused.class)
                .hasMessage("The host no-such-host.invalid cannot be found.");
    }
}
