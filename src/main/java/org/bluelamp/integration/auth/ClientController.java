package org.bluelamp.integration.auth;

import io.swagger.v3.oas.annotations.Operation;
import org.bluelamp.integration.ApiClient;
import org.bluelamp.integration.ApiScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Who the API takes the caller for: a client checks its credentials and scopes before anything else. */
@RestController
class ClientController {

    /** @param scopes what this request may do */
    record CallingClient(String clientId, String name, List<String> scopes) {
    }

    @Operation(summary = "Who the API takes the caller for",
            description = "The client's id, name and the scopes this request may use.")
    @GetMapping("/api/v1/client")
    CallingClient client(ApiClient client) {
        return new CallingClient(client.clientId(), client.name(),
                client.scopes().stream().sorted().map(ApiScope::code).toList());
    }
}
