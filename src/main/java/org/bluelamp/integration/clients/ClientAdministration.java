package org.bluelamp.integration.clients;

import org.bluelamp.integration.ApiKeys;
import org.bluelamp.integration.ApiScope;
import org.bluelamp.platform.KeyedHash;
import org.bluelamp.staff.AdminAudit;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What admins do to the API's clients, each step on the staff audit trail in its own transaction. A client is
 * registered by one admin and usable only once a different admin approved it: admins see no personal data, and no
 * admin alone may give a system the contacts of the public. Secrets and keys are made here, returned once for the
 * page to show, and kept only as hashes; they are never on the trail.
 */
@Service
class ClientAdministration {

    /** What became of an approval. */
    enum Approval { APPROVED, OWN_REGISTRATION, NOT_WAITING }

    /** What became of setting a certificate or a subject. */
    enum Setting { SET, TAKEN, NOT_USABLE }

    static final String REGISTERED = "API_CLIENT_REGISTERED";
    static final String APPROVED = "API_CLIENT_APPROVED";
    static final String SECRET_MADE = "API_CLIENT_SECRET_MADE";
    static final String API_KEY_MADE = "API_CLIENT_API_KEY_MADE";
    static final String CERTIFICATE_SET = "API_CLIENT_CERTIFICATE_SET";
    static final String SUBJECT_SET = "API_CLIENT_SUBJECT_SET";
    static final String DISABLED = "API_CLIENT_DISABLED";

    /** Client ids are read over the phone and typed into other systems: the reference's alphabet, in lower case. */
    private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClientRecords records;
    private final AdminAudit audit;
    private final PasswordEncoder passwords;
    private final KeyedHash keyedHash;
    private final Clock clock;

    ClientAdministration(ClientRecords records, AdminAudit audit, PasswordEncoder passwords, KeyedHash keyedHash,
                         Clock clock) {
        this.records = records;
        this.audit = audit;
        this.passwords = passwords;
        this.keyedHash = keyedHash;
        this.clock = clock;
    }

    /** Registers a client, waiting for another admin's approval. */
    @Transactional
    RegisteredClient register(String admin, ClientForm form) {
        var id = UUID.randomUUID();
        String clientId = newClientId();
        while (!records.insert(id, clientId, form, admin, clock.instant())) {
            clientId = newClientId();
        }
        audit.record(admin, RegisteredClient.subject(clientId), REGISTERED,
                form.scopes().stream().map(ApiScope::code).collect(Collectors.joining(" "))
                        + "; " + form.requestsPerMinute() + "/min");
        return records.find(id).orElseThrow();
    }

    @Transactional
    Approval approve(String admin, UUID id) {
        var client = records.find(id).filter(c -> c.status() == RegisteredClient.Status.AWAITING_APPROVAL);
        if (client.isEmpty()) {
            return Approval.NOT_WAITING;
        }
        if (client.get().createdBy().equals(admin)) {
            return Approval.OWN_REGISTRATION;
        }
        if (!records.approve(id, admin, clock.instant())) {
            return Approval.NOT_WAITING;
        }
        audit.record(admin, client.get().subject(), APPROVED, null);
        return Approval.APPROVED;
    }

    /** A new client secret (replacing any other), to show once; empty if the client is not usable. */
    @Transactional
    Optional<String> newSecret(String admin, UUID id) {
        String secret = randomSecret();
        return usable(id).filter(c -> records.setSecretHash(id, passwords.encode(secret), clock.instant()))
                .map(client -> {
                    audit.record(admin, client.subject(), SECRET_MADE, null);
                    return secret;
                });
    }

    /** A new Open311 api_key (replacing any other), to show once; empty if the client is not usable. */
    @Transactional
    Optional<String> newApiKey(String admin, UUID id) {
        String key = randomSecret();
        return usable(id)
                .filter(c -> records.setApiKeyHash(id, keyedHash.of(ApiKeys.PURPOSE, key), clock.instant()))
                .map(client -> {
                    audit.record(admin, client.subject(), API_KEY_MADE, null);
                    return key;
                });
    }

    @Transactional
    Setting setCertificate(String admin, UUID id, String thumbprint) {
        var client = usable(id);
        if (client.isEmpty()) {
            return Setting.NOT_USABLE;
        }
        if (records.certificateTakenByAnother(id, thumbprint)) {
            return Setting.TAKEN;
        }
        records.setCertificateThumbprint(id, thumbprint, clock.instant());
        audit.record(admin, client.get().subject(), CERTIFICATE_SET, thumbprint);
        return Setting.SET;
    }

    @Transactional
    Setting setIssuerSubject(String admin, UUID id, String subject) {
        var client = usable(id);
        if (client.isEmpty()) {
            return Setting.NOT_USABLE;
        }
        if (records.subjectTakenByAnother(id, subject)) {
            return Setting.TAKEN;
        }
        records.setIssuerSubject(id, subject, clock.instant());
        audit.record(admin, client.get().subject(), SUBJECT_SET, subject);
        return Setting.SET;
    }

    /** Disables the client at once: the API checks on every request, so its tokens and keys stop working. */
    @Transactional
    boolean disable(String admin, UUID id) {
        var client = records.find(id);
        if (client.isEmpty() || !records.disable(id, admin, clock.instant())) {
            return false;
        }
        audit.record(admin, client.get().subject(), DISABLED, null);
        return true;
    }

    private Optional<RegisteredClient> usable(UUID id) {
        return records.find(id).filter(RegisteredClient::usable);
    }

    private static String newClientId() {
        var id = new StringBuilder("api-");
        for (int i = 0; i < 6; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    /** 256 random bits, URL-safe: as hard to guess as the signing keys themselves. */
    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
