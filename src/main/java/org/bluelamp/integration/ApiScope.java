package org.bluelamp.integration;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a client of the API may do. An admin grants scopes when registering a client; a token carries the scopes
 * asked for, no more than were granted. Its code is the OAuth 2.0 scope's name, as stored and in tokens.
 */
public enum ApiScope {
    /** The feed of contact events, contacts whole (answers, files, timeline), and webhooks of the events. */
    READ_CONTACTS("contacts:read"),
    /** Writing back a crime number, the officer in charge and the result. */
    WRITE_RESULTS("results:write"),
    /** Sending reports in (Open311's POST requests). */
    SUBMIT_REPORTS("reports:submit");

    private final String code;

    ApiScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The Spring Security authority a token with this scope gives. */
    public String authority() {
        return "SCOPE_" + code;
    }

    public static Optional<ApiScope> fromCode(String code) {
        return Arrays.stream(values()).filter(scope -> scope.code.equals(code)).findFirst();
    }
}
