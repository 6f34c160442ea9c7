package org.bluelamp.integration.clients;

import org.bluelamp.integration.ApiScope;
import org.bluelamp.platform.form.Entered;
import org.bluelamp.platform.form.FormInput;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A new client as an admin registers it: read from the form by {@link #read}, a message for each wrong field. */
record ClientForm(String name, List<ApiScope> scopes, int requestsPerMinute) {

    static final int NAME_LENGTH = 100;
    static final int MOST_PER_MINUTE = 10_000;
    static final int DEFAULT_PER_MINUTE = 600;
    private static final List<String> SCOPES = Arrays.stream(ApiScope.values()).map(Enum::name).toList();

    static ClientForm read(FormInput form) {
        String name = form.line("name", NAME_LENGTH, "integration.clients.name.required",
                "integration.clients.name.too-long");
        List<ApiScope> scopes = form.someOf("scopes", SCOPES, "integration.clients.scopes.required").stream()
                .map(ApiScope::valueOf).sorted().toList();
        Integer perMinute = form.value("requestsPerMinute", ClientForm::perMinute,
                "integration.clients.per-minute.invalid");
        return new ClientForm(name, scopes, perMinute == null ? 0 : perMinute);
    }

    /** The form as it first shows: the usual limit filled in. */
    static Entered empty() {
        return Entered.of(Map.of("requestsPerMinute", String.valueOf(DEFAULT_PER_MINUTE)));
    }

    private static Optional<Integer> perMinute(String typed) {
        if (!typed.matches("[0-9]{1,5}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(typed);
        return value >= 1 && value <= MOST_PER_MINUTE ? Optional.of(value) : Optional.empty();
    }
}
