package org.bluelamp.integration.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Mutual TLS: a request with no token but a client certificate registered by admins (its SHA-256 thumbprint) is that
 * client, with every scope it was granted. The certificate comes from Bluelamp's own TLS, or from the header a
 * TLS-terminating proxy sets ({@link ApiProperties#clientCertificateHeader()}). An expired certificate opens nothing.
 */
final class ClientCertificates extends OncePerRequestFilter {

    private static final int MOST_HEADER_CHARACTERS = 16 * 1024;

    private final StoredClients clients;
    private final String header;
    private final Clock clock;

    ClientCertificates(StoredClients clients, String header, Clock clock) {
        this.clients = clients;
        this.header = header;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            certificate(request).filter(this::current).map(ClientCertificates::thumbprint)
                    .flatMap(clients::byCertificateThumbprint)
                    .ifPresent(client -> {
                        var context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(new ApiAuthentication(client.asking(client.granted())));
                        SecurityContextHolder.setContext(context);
                    });
        }
        chain.doFilter(request, response);
    }

    private Optional<X509Certificate> certificate(HttpServletRequest request) {
        if (request.getAttribute("jakarta.servlet.request.X509Certificate") instanceof X509Certificate[] chain
                && chain.length > 0) {
            return Optional.of(chain[0]);
        }
        if (header.isBlank()) {
            return Optional.empty();
        }
        var value = request.getHeader(header);
        if (value == null || value.isBlank() || value.length() > MOST_HEADER_CHARACTERS) {
            return Optional.empty();
        }
        try {
            var pem = URLDecoder.decode(value, StandardCharsets.UTF_8);
            var certificate = CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            return Optional.of((X509Certificate) certificate);
        } catch (CertificateException | IllegalArgumentException | ClassCastException notACertificate) {
            return Optional.empty();
        }
    }

    private boolean current(X509Certificate certificate) {
        var now = Date.from(clock.instant());
        return !now.before(certificate.getNotBefore()) && !now.after(certificate.getNotAfter());
    }

    /** The lower-case hex SHA-256 of the certificate's DER encoding, as admins register it. */
    static String thumbprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateException cannot) {
            throw new IllegalStateException("Cannot take a certificate's thumbprint", cannot);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

}
