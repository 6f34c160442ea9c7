package org.bluelamp.integration.clients;

import org.bluelamp.platform.Fingerprint;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * The thumbprint a client certificate is known by in mutual TLS: the SHA-256 of its DER encoding, in lower-case hex.
 * Only the thumbprint is kept: the certificate is public, and the thumbprint is all a request is matched on.
 */
final class CertificateThumbprints {

    /** A pasted certificate is at most this long (a certificate with a long chain of names is a few KB). */
    static final int MOST_CHARACTERS = 16 * 1024;

    private CertificateThumbprints() {
    }

    /** The thumbprint of one PEM certificate (BEGIN CERTIFICATE ... END CERTIFICATE); empty if it is not one. */
    static Optional<String> of(String pem) {
        if (pem == null || pem.length() > MOST_CHARACTERS || !pem.contains("-----BEGIN CERTIFICATE-----")) {
            return Optional.empty();
        }
        try {
            var factory = CertificateFactory.getInstance("X.509");
            var certificates = factory.generateCertificates(
                    new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
            if (certificates.size() != 1 || !(certificates.iterator().next() instanceof X509Certificate certificate)) {
                return Optional.empty();
            }
            return Optional.of(Fingerprint.sha256(certificate.getEncoded()));
        } catch (CertificateException | RuntimeException notACertificate) {
            return Optional.empty();
        }
    }
}
