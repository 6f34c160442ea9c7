package org.bluelamp.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.form.Entered;
import org.bluelamp.platform.form.FormInput;
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

import java.time.Clock;
import java.util.Set;

/**
 * Staff accounts, for admins: the list with the changes waiting for a second admin, a new account with its set-up
 * link, and what one admin can do to an account alone (disable, enable, unlock). The rest is AccountChangesController.
 */
@Controller
class AccountsController {

    private static final Set<String> NOTICES = Set.of("requested", "already-waiting", "applied", "cancelled",
            "link-waiting", "own-request", "not-waiting");

    private final StaffAccounts accounts;
    private final AccountAdministration administration;
    private final StaffAudit audit;
    private final SignInLocks locks;
    private final AccountChanges changes;
    private final Clock clock;

    AccountsController(StaffAccounts accounts, AccountAdministration administration, StaffAudit audit,
                       SignInLocks locks, AccountChanges changes, Clock clock) {
        this.accounts = accounts;
        this.administration = administration;
        this.audit = audit;
        this.locks = locks;
        this.changes = changes;
        this.clock = clock;
    }

    @GetMapping("/staff/accounts")
    String list(@RequestParam(required = false) String done, Authentication admin, Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("changes", changes.waiting(clock.instant()));
        model.addAttribute("me", admin.getName());
        model.addAttribute("done", notice(done));
        return "staff/accounts";
    }

    @GetMapping("/staff/accounts/new")
    String newAccount(Model model) {
        model.addAttribute("form", AccountForm.empty());
        model.addAttribute("errors", FormErrors.NONE);
        return "staff/newAccount";
    }

    @PostMapping("/staff/accounts/new")
    String create(Authentication admin, Frame frame, HttpServletRequest request, Model model) {
        var input = new FormInput(new Entered(request.getParameterMap()), frame, "staff.accounts.team.too-long");
        var form = AccountForm.read(input, accounts::exists);
        if (!input.valid()) {
            model.addAttribute("form", input.shown());
            model.addAttribute("errors", input.errors());
            return "staff/newAccount";
        }
        return administration.create(admin.getName(), form)
                .map(token -> showLink(form.username(), form.name(), token, true, request, model))
                .orElse("redirect:/staff/accounts/" + form.username() + "?done=link-waiting");
    }

    @GetMapping("/staff/accounts/{username}")
    String account(@PathVariable String username, @RequestParam(required = false) String done, Authentication admin,
                   Model model) {
        var account = accounts.summary(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("account", account);
        model.addAttribute("changes", changes.waitingFor(account.username(), clock.instant()));
        model.addAttribute("me", admin.getName());
        model.addAttribute("onlyAdmin", !accounts.anotherAdminThan(admin.getName()));
        model.addAttribute("done", notice(done));
        model.addAttribute("trail", audit.of(account.username()));
        model.addAttribute("self", account.username().equals(admin.getName()));
        model.addAttribute("locked", locks.locked(account.username()));
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

    @PostMapping("/staff/accounts/{username}/unlock")
    String unlock(@PathVariable String username, Authentication admin) {
        locks.unlock(admin.getName(), existing(username).username());
        return "redirect:/staff/accounts/" + username + "?unlocked";
    }

    /** What was just done, as a message key for the page's banner; only the ones there are. */
    private static String notice(String done) {
        return done != null && NOTICES.contains(done) ? "staff.accounts.done." + done : null;
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
