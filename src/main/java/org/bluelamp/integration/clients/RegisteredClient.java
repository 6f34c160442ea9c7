package org.bluelamp.integration.clients;

import org.bluelamp.integration.ApiScope;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client of the API as admins see it: never a secret or key, only when one was set. (Public only because the
 * pages' templates are compiled elsewhere.)
 */
public record RegisteredClient(UUID id, String clientId, String name, List<ApiScope> scopes, int requestsPerMinute,
                               Instant createdAt, String createdBy, Instant approvedAt, String approvedBy,
                               Instant disabledAt, String disabledBy, Instant secretSetAt, Instant apiKeySetAt,
                               String certificateThumbprint, Instant certificateSetAt, String issuerSubject,
                               Instant issuerSubjectSetAt) {

    public enum Status { AWAITING_APPROVAL, ACTIVE, DISABLED }

    public Status status() {
        return disabledAt != null ? Status.DISABLED : approvedAt == null ? Status.AWAITING_APPROVAL : Status.ACTIVE;
    }

    /** Credentials are given only to a client a second admin approved and nobody disabled. */
    public boolean usable() {
        return status() == Status.ACTIVE;
    }

    /** What the staff audit trail names it by. */
    String subject() {
        return subject(clientId);
    }

    static String subject(String clientId) {
        return "api-client:" + clientId;
    }
}
