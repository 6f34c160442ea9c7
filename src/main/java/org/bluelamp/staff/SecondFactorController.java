package org.bluelamp.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.ForceProperties;
import org.bluelamp.staff.factors.AuthenticatorCodes;
import org.bluelamp.staff.factors.QrCodeSvg;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;

/**
 * The second step of signing in: a code from the authenticator app, or one of the recovery codes; and, for an
 * account without an app yet, setting one up (a QR code and the key to type), which also gives the recovery codes.
 */
@Controller
class SecondFactorController {

    private static final String CODE_PAGE = "/staff/sign-in/code";
    private static final String SET_UP_PAGE = "/staff/set-up/authenticator";

    private final Authenticators authenticators;
    private final RecoveryCodeStore recoveryCodes;
    private final SecondFactor secondFactor;
    private final StaffAudit audit;
    private final SignInLocks locks;
    private final ForceProperties force;
    private final Clock clock;
    private final AuthenticatorCodes codes = new AuthenticatorCodes();

    SecondFactorController(Authenticators authenticators, RecoveryCodeStore recoveryCodes, SecondFactor secondFactor,
                           StaffAudit audit, SignInLocks locks, ForceProperties force, Clock clock) {
        this.authenticators = authenticators;
        this.recoveryCodes = recoveryCodes;
        this.secondFactor = secondFactor;
        this.audit = audit;
        this.locks = locks;
        this.force = force;
        this.clock = clock;
    }

    @GetMapping(CODE_PAGE)
    String codePage(Authentication signedIn, @RequestParam(required = false) String error, Model model) {
        if (!authenticators.confirmed(signedIn.getName())) {
            return "redirect:" + SET_UP_PAGE;
        }
        model.addAttribute("failed", error != null);
        return "staff/code";
    }

    @PostMapping(CODE_PAGE)
    String code(Authentication signedIn, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
                HttpServletResponse response) {
        if (!authenticators.verify(signedIn.getName(), code, clock.instant())) {
            return failed(signedIn, request, CODE_PAGE + "?error");
        }
        return "redirect:" + secondFactor.passed(request, response);
    }

    @GetMapping("/staff/sign-in/recovery-code")
    String recoveryPage(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("failed", error != null);
        return "staff/recoveryCode";
    }

    @PostMapping("/staff/sign-in/recovery-code")
    String recovery(Authentication signedIn, @RequestParam(name = "recovery-code", defaultValue = "") String code,
                    HttpServletRequest request, HttpServletResponse response) {
        if (!recoveryCodes.use(signedIn.getName(), code, clock.instant())) {
            return failed(signedIn, request, "/staff/sign-in/recovery-code?error");
        }
        audit.record(signedIn.getName(), StaffAudit.Action.RECOVERY_CODE_USED, signedIn.getName());
        return "redirect:" + secondFactor.passed(request, response);
    }

    /** A wrong code counts as a wrong password does; the one that locks the account ends the session. */
    private String failed(Authentication signedIn, HttpServletRequest request, String tryAgain) {
        locks.failed(signedIn.getName(), request.getRemoteAddr());
        if (locks.locked(signedIn.getName())) {
            SignInLocks.endSession(request);
            return "redirect:" + SignInThrottle.TOO_MANY;
        }
        return "redirect:" + tryAgain;
    }

    @GetMapping(SET_UP_PAGE)
    String setUpPage(Authentication signedIn, @RequestParam(required = false) String error, Model model) {
        var secret = authenticators.pendingSecret(signedIn.getName(), clock.instant());
        if (secret.isEmpty()) {
            // Already set up: a password alone never replaces an app (an admin can reset it).
            return "redirect:" + CODE_PAGE;
        }
        String issuer = "Bluelamp " + force.name();
        model.addAttribute("qrCode", QrCodeSvg.dataUri(codes.otpauthUri(issuer, signedIn.getName(), secret.get())));
        model.addAttribute("key", AuthenticatorCodes.base32(secret.get()).replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("failed", error != null);
        return "staff/setUpAuthenticator";
    }

    @PostMapping(SET_UP_PAGE)
    String setUp(Authentication signedIn, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        String username = signedIn.getName();
        if (!authenticators.confirm(username, code, clock.instant())) {
            return "redirect:" + SET_UP_PAGE + "?error";
        }
        audit.record(username, StaffAudit.Action.AUTHENTICATOR_SET_UP, username);
        model.addAttribute("recoveryCodes", recoveryCodes.renew(username));
        model.addAttribute("next", secondFactor.passed(request, response));
        return "staff/recoveryCodes";
    }
}
