package org.bluelamp.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/** Staff accounts, for admins: the list, a new account with its set-up link, and what can be done to one. */
@Controller
class AccountsController {

    private final StaffAccounts accounts;
    private final AccountAdministration administration;
    private final StaffAudit audit;

    AccountsController(StaffAccounts accounts, AccountAdministration administration, StaffAudit audit) {
        this.accounts = accounts;
        this.administration = administration;
        this.audit = audit;
    }

    @GetMapping("/staff/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        return "staff/accounts";
    }

    @GetMapping("/staff/accounts/new")
    String newAccount(Model model) {
        model.addAttribute("form", AccountForm.empty());
        model.addAttribute("errors", FormErrors.NONE);
        return "staff/newAccount";
    }

    @PostMapping("/staff/accounts/new")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String username,
                  @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String team,
                  @RequestParam(required = false) List<String> roles, Authentication admin, Frame frame,
                  HttpServletRequest request, Model model) {
        var form = AccountForm.of(name, username, email, team, roles);
        var errors = form.errors(frame, accounts.exists(form.username()));
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return "staff/newAccount";
        }
        String token = administration.create(admin.getName(), form);
        return showLink(form.username(), form.name(), token, true, request, model);
    }

    @GetMapping("/staff/accounts/{username}")
    String account(@PathVariable String username, Authentication admin, Model model) {
        var account = accounts.summary(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("account", account);
        model.addAttribute("trail", audit.of(account.username()));
        model.addAttribute("self", account.username().equals(admin.getName()));
        return "staff/account";
    }

    @PostMapping("/staff/accounts/{username}/disable")
    String disable(@PathVariable String username, Authentication admin) {
        var account = existing(username);
        if (account.username().equals(admin.getName())) {
            // An admin who disabled themselves could lock everyone out of account management.
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        administration.disable(admin.getName(), account.username());
        return "redirect:/staff/accounts/" + account.username() + "?disabled";
    }

    @PostMapping("/staff/accounts/{username}/enable")
    String enable(@PathVariable String username, Authentication admin) {
        administration.enable(admin.getName(), existing(username).username());
        return "redirect:/staff/accounts/" + username + "?enabled";
    }

    @PostMapping("/staff/accounts/{username}/reset-second-factor")
    String resetSecondFactor(@PathVariable String username, Authentication admin) {
        administration.resetSecondFactor(admin.getName(), existing(username).username());
        return "redirect:/staff/accounts/" + username + "?second-factor-reset";
    }

    @PostMapping("/staff/accounts/{username}/set-up-link")
    String newLink(@PathVariable String username, Authentication admin, HttpServletRequest request, Model model) {
        var account = existing(username);
        String token = administration.newSetUpLink(admin.getName(), account.username());
        return showLink(account.username(), account.displayName(), token, false, request, model);
    }

    private AccountSummary existing(String username) {
        return accounts.summary(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The link is shown this once, in the answer to the post; it is not kept anywhere it could be shown again. */
    private static String showLink(String username, String name, String token, boolean created,
                                   HttpServletRequest request, Model model) {
        model.addAttribute("username", username);
        model.addAttribute("name", name);
        model.addAttribute("created", created);
        model.addAttribute("link", ServletUriComponentsBuilder.fromContextPath(request)
                .path("/staff/set-up/password/{token}").buildAndExpand(token).toUriString());
        return "staff/setUpLink";
    }
}
