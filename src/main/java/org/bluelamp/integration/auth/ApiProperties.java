package org.bluelamp.integration.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * How clients of the API prove who they are (docs/integration.md, "Connecting").
 *
 * @param issuer                  the issuer Bluelamp's own tokens name, and check: the address clients reach it at
 * @param tokenLifetime           how long an access token from Bluelamp lasts; a disabled client's last token lasts
 *                                no longer than this (but every call also checks the client is still enabled)
 * @param external                another issuer whose tokens the API also accepts, if any
 * @param clientCertificateHeader the header a TLS-terminating proxy puts the client's certificate in (URL-encoded
 *                                PEM, as nginx's {@code $ssl_client_escaped_cert}), or blank when Bluelamp's own
 *                                TLS asks for it; the proxy must always overwrite the header
 */
@ConfigurationProperties("bluelamp.api")
public record ApiProperties(URI issuer, @DefaultValue("PT15M") Duration tokenLifetime, ExternalIssuer external,
                            @DefaultValue("") String clientCertificateHeader) {

    /**
     * @param issuerUri   the issuer's address ({@code iss}); its keys are found from its metadata
     * @param clientClaim the claim naming the client in its tokens: "sub", "azp", "client_id" or "appid"
     */
    public record ExternalIssuer(URI issuerUri, @DefaultValue("sub") String clientClaim) {

        public boolean configured() {
            return issuerUri != null && !issuerUri.toString().isBlank();
        }
    }

    public ApiProperties {
        if (issuer == null || !issuer.isAbsolute()) {
            throw new IllegalArgumentException(
                    "bluelamp.api.issuer must be an absolute URL, the address clients reach Bluelamp at");
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero() || tokenLifetime.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("bluelamp.api.token-lifetime must be more than 0 and at most PT1H");
        }
        if (external == null) {
            external = new ExternalIssuer(null, "sub");
        }
    }
}
