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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Set;
import java.util.UUID;

/**
 * Four eyes, for admins: asking for a change that could hand an account to someone else, and approving or cancelling
 * another admin's request. A set-up link is shown only to the admin who approves it, in the answer to the approval.
 */
@Controller
class AccountChangesController {

    private final StaffAccounts accounts;
    private final AccountChangeApprovals approvals;
    AccountChangesController(StaffAccounts accounts, AccountChangeApprovals approvals) {
        this.accounts = accounts;
        this.approvals = approvals;
    }

    @PostMapping("/staff/accounts/{username}/reset-second-factor")
    String askToResetSecondFactor(@PathVariable String username, Authentication admin) {
        return ask(admin, existing(username), AccountChangeKind.SECOND_FACTOR_RESET, null, null);
    }

    @PostMapping("/staff/accounts/{username}/set-up-link")
    String askForSetUpLink(@PathVariable String username, Authentication admin) {
        return ask(admin, existing(username), AccountChangeKind.SET_UP_LINK, null, null);
    }

    @GetMapping("/staff/accounts/{username}/change")
    String changeForm(@PathVariable String username, Model model) {
        var account = existing(username);
        model.addAttribute("account", account);
        model.addAttribute("form", AccountChangeForm.of(account));
        model.addAttribute("errors", FormErrors.NONE);
        return "staff/accountChange";
    }

    @PostMapping("/staff/accounts/{username}/change")
    String askForChange(@PathVariable String username, Authentication admin, Frame frame, HttpServletRequest request,
                        Model model) {
        var account = existing(username);
        var input = new FormInput(new Entered(request.getParameterMap()), frame, "staff.accounts.email.invalid");
        var form = AccountChangeForm.read(input, account);
        if (!input.valid()) {
            model.addAttribute("account", account);
            model.addAttribute("form", input.shown());
            model.addAttribute("errors", input.errors());
            return "staff/accountChange";
        }
        boolean asked = true;
        if (form.rolesChanged(account)) {
            asked = approvals.request(admin.getName(), account.username(), AccountChangeKind.ROLES, form.roles(), null)
                    .isPresent();
        }
        if (form.emailChanged(account)) {
            asked &= approvals.request(admin.getName(), account.username(), AccountChangeKind.EMAIL, null,
                    form.email()).isPresent();
        }
        return done(account.username(), asked ? "requested" : "already-waiting");
    }

    @PostMapping("/staff/accounts/changes/{id}/approve")
    String approve(@PathVariable UUID id, Authentication admin, HttpServletRequest request, Model model) {
        return switch (approvals.approve(admin.getName(), id)) {
            case AccountChangeApprovals.Approval.Applied(var change, var token) when token.isPresent() -> {
                var account = existing(change.username());
                model.addAttribute("username", account.username());
                model.addAttribute("name", account.displayName());
                model.addAttribute("created", false);
                model.addAttribute("link", ServletUriComponentsBuilder.fromContextPath(request)
                        .path("/staff/set-up/password/{token}").buildAndExpand(token.get()).toUriString());
                yield "staff/setUpLink";
            }
            case AccountChangeApprovals.Approval.Applied(var change, var token) -> done(change.username(), "applied");
            case AccountChangeApprovals.Approval.OwnRequest(var change) -> done(change.username(), "own-request");
            case AccountChangeApprovals.Approval.NotWaiting() -> "redirect:/staff/accounts?done=not-waiting";
        };
    }

    @PostMapping("/staff/accounts/changes/{id}/cancel")
    String cancel(@PathVariable UUID id, Authentication admin) {
        return approvals.cancel(admin.getName(), id).map(change -> done(change.username(), "cancelled"))
                .orElse("redirect:/staff/accounts?done=not-waiting");
    }

    private String ask(Authentication admin, AccountSummary account, AccountChangeKind kind, Set<StaffRole> roles,
                       String email) {
        boolean asked = approvals.request(admin.getName(), account.username(), kind, roles, email).isPresent();
        return done(account.username(), asked ? "requested" : "already-waiting");
    }

    private static String done(String username, String what) {
        return "redirect:/staff/accounts/" + username + "?done=" + what;
    }

    private AccountSummary existing(String username) {
        return accounts.summary(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
