package org.bluelamp.integration.clients;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.integration.ApiScope;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.form.Entered;
import org.bluelamp.platform.form.FormInput;
import org.bluelamp.staff.AdminAudit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The API's clients, for admins (the security configuration lets only MANAGE_ACCOUNTS in): the list, registering
 * one, approval by a second admin, its credentials (each secret shown once, on the page that makes it) and disabling.
 */
@Controller
class ApiClientsController {

    private static final String BASE = "/staff/api-clients";
    private static final Set<String> NOTICES = Set.of("registered", "approved", "own-registration", "not-waiting",
            "not-usable", "certificate-set", "subject-set", "disabled");
    private static final int SUBJECT_LENGTH = 200;

    private final ClientRecords records;
    private final ClientAdministration administration;
    private final AdminAudit audit;

    ApiClientsController(ClientRecords records, ClientAdministration administration, AdminAudit audit) {
        this.records = records;
        this.administration = administration;
        this.audit = audit;
    }

    @GetMapping(BASE)
    String list(@RequestParam(required = false) String done, Model model) {
        model.addAttribute("clients", records.all());
        model.addAttribute("done", notice(done));
        return "integration/clients";
    }

    @GetMapping(BASE + "/new")
    String newClient(Model model) {
        return registerForm(ClientForm.empty(), FormErrors.NONE, model);
    }

    @PostMapping(BASE + "/new")
    String register(Authentication admin, Frame frame, HttpServletRequest request, Model model) {
        var input = new FormInput(new Entered(request.getParameterMap()), frame, "integration.clients.name.too-long");
        var form = ClientForm.read(input);
        if (!input.valid()) {
            return registerForm(input.shown(), input.errors(), model);
        }
        var client = administration.register(admin.getName(), form);
        return "redirect:" + BASE + "/" + client.id() + "?done=registered";
    }

    @GetMapping(BASE + "/{id}")
    String client(@PathVariable String id, @RequestParam(required = false) String done, Authentication admin,
                  Model model) {
        var client = existing(id);
        model.addAttribute("client", client);
        model.addAttribute("me", admin.getName());
        model.addAttribute("trail", audit.of(client.subject()));
        model.addAttribute("done", notice(done));
        return "integration/client";
    }

    @PostMapping(BASE + "/{id}/approve")
    String approve(@PathVariable String id, Authentication admin) {
        var client = existing(id);
        String done = switch (administration.approve(admin.getName(), client.id())) {
            case APPROVED -> "approved";
            case OWN_REGISTRATION -> "own-registration";
            case NOT_WAITING -> "not-waiting";
        };
        return redirect(client, done);
    }

    /** The secret is in this answer only: it is kept as a hash, and the page is not stored by the browser. */
    @PostMapping(BASE + "/{id}/secret")
    String secret(@PathVariable String id, Authentication admin, HttpServletResponse response, Model model) {
        var client = existing(id);
        return administration.newSecret(admin.getName(), client.id())
                .map(secret -> showOnce(client, "secret", secret, response, model))
                .orElse(redirect(client, "not-usable"));
    }

    @PostMapping(BASE + "/{id}/api-key")
    String apiKey(@PathVariable String id, Authentication admin, HttpServletResponse response, Model model) {
        var client = existing(id);
        return administration.newApiKey(admin.getName(), client.id())
                .map(key -> showOnce(client, "api-key", key, response, model))
                .orElse(redirect(client, "not-usable"));
    }

    @GetMapping(BASE + "/{id}/certificate")
    String certificateForm(@PathVariable String id, Model model) {
        return credentialForm(existing(id), "certificate", Entered.NONE, FormErrors.NONE, model);
    }

    @PostMapping(BASE + "/{id}/certificate")
    String certificate(@PathVariable String id, Authentication admin, Frame frame, HttpServletRequest request,
                       Model model) {
        var client = existing(id);
        var input = new FormInput(new Entered(request.getParameterMap()), frame,
                "integration.clients.certificate.too-long");
        String pem = input.text("certificate", CertificateThumbprints.MOST_CHARACTERS,
                "integration.clients.certificate.required");
        Optional<String> thumbprint = pem == null ? Optional.empty() : CertificateThumbprints.of(pem);
        if (pem != null && thumbprint.isEmpty()) {
            input.fail("certificate", "integration.clients.certificate.invalid");
        }
        if (input.valid()) {
            switch (administration.setCertificate(admin.getName(), client.id(), thumbprint.orElseThrow())) {
                case SET -> {
                    return redirect(client, "certificate-set");
                }
                case NOT_USABLE -> {
                    return redirect(client, "not-usable");
                }
                case TAKEN -> input.fail("certificate", "integration.clients.certificate.taken");
            }
        }
        return credentialForm(client, "certificate", input.shown(), input.errors(), model);
    }

    @GetMapping(BASE + "/{id}/subject")
    String subjectForm(@PathVariable String id, Model model) {
        var client = existing(id);
        var shown = client.issuerSubject() == null ? Entered.NONE
                : Entered.of(Map.of("subject", client.issuerSubject()));
        return credentialForm(client, "subject", shown, FormErrors.NONE, model);
    }

    @PostMapping(BASE + "/{id}/subject")
    String subject(@PathVariable String id, Authentication admin, Frame frame, HttpServletRequest request,
                   Model model) {
        var client = existing(id);
        var input = new FormInput(new Entered(request.getParameterMap()), frame,
                "integration.clients.subject.too-long");
        String subject = input.line("subject", SUBJECT_LENGTH, "integration.clients.subject.required");
        if (input.valid()) {
            switch (administration.setIssuerSubject(admin.getName(), client.id(), subject)) {
                case SET -> {
                    return redirect(client, "subject-set");
                }
                case NOT_USABLE -> {
                    return redirect(client, "not-usable");
                }
                case TAKEN -> input.fail("subject", "integration.clients.subject.taken");
            }
        }
        return credentialForm(client, "subject", input.shown(), input.errors(), model);
    }

    @PostMapping(BASE + "/{id}/disable")
    String disable(@PathVariable String id, Authentication admin) {
        var client = existing(id);
        administration.disable(admin.getName(), client.id());
        return redirect(client, "disabled");
    }

    private static String registerForm(Entered form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("scopes", ApiScope.values());
        return "integration/newClient";
    }

    private static String credentialForm(RegisteredClient client, String kind, Entered form, FormErrors errors,
                                         Model model) {
        if (!client.usable()) {
            return redirect(client, "not-usable");
        }
        model.addAttribute("client", client);
        model.addAttribute("kind", kind);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "integration/clientCredential";
    }

    private static String showOnce(RegisteredClient client, String kind, String secret, HttpServletResponse response,
                                   Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("client", client);
        model.addAttribute("kind", kind);
        model.addAttribute("secret", secret);
        return "integration/clientSecret";
    }

    private static String redirect(RegisteredClient client, String done) {
        return "redirect:" + BASE + "/" + client.id() + "?done=" + done;
    }

    /** The client, by the id in the address; 404 for anything else (never a problem document: this is a page). */
    private RegisteredClient existing(String id) {
        try {
            return records.find(UUID.fromString(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static String notice(String done) {
        return done != null && NOTICES.contains(done) ? "integration.clients.done." + done : null;
    }
}
