package org.bluelamp.staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff sign-in page; Spring Security checks the password, after {@link SignInThrottle} lets it. */
@Controller
class SignInController {

    private final SignInLocks locks;

    SignInController(SignInLocks locks) {
        this.locks = locks;
    }

    @GetMapping("/staff/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(name = "signed-out", required = false)
                  String signedOut, @RequestParam(name = "signed-out-everywhere", required = false)
                  String signedOutEverywhere,
                  @RequestParam(name = "password-chosen", required = false) String passwordChosen,
                  @RequestParam(name = "too-many", required = false) String tooMany, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("signedOutEverywhere", signedOutEverywhere != null);
        model.addAttribute("passwordChosen", passwordChosen != null);
        model.addAttribute("minutesToWait", tooMany == null ? 0 : locks.minutesToWait());
        return "staff/signIn";
    }
}
