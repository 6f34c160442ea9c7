package org.bluelamp.integration.docs;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Locale;

/**
 * The API's reference, a page anyone may read (no token): the OpenAPI document drawn as GOV.UK content, with how to
 * connect. It needs no script; the document itself is at /api/v1/openapi.json.
 */
@Hidden
@Controller
class ApiDocsController {

    private final OpenApiWebMvcResource documents;
    private final String documentPath;

    ApiDocsController(OpenApiWebMvcResource documents, @Value("${springdoc.api-docs.path}") String documentPath) {
        this.documents = documents;
        this.documentPath = documentPath;
    }

    @GetMapping("/api/v1/docs")
    String reference(HttpServletRequest request, Model model) throws Exception {
        var reference = ApiReference.read(documents.openapiJson(request, documentPath, Locale.UK));
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        model.addAttribute("api", reference);
        model.addAttribute("documentPath", documentPath);
        model.addAttribute("tokenExample", """
                curl -u "$CLIENT_ID:$CLIENT_SECRET" \\
                  -d grant_type=client_credentials -d scope=contacts:read \\
                  %s%s""".formatted(base, reference.tokenUrl()));
        model.addAttribute("tokenAnswer", """
                {"access_token": "eyJraWQiOi...", "token_type": "Bearer", "expires_in": 900, "scope": "contacts:read"}""");
        model.addAttribute("callExample", """
                curl -H "Authorization: Bearer $ACCESS_TOKEN" \\
                  "%s/api/v1/events?after=0&limit=100\"""".formatted(base));
        model.addAttribute("certificateExample", """
                curl --cert client.pem --key client-key.pem \\
                  "%s/api/v1/events?after=0\"""".formatted(base));
        return "integration/apiReference";
    }
}
