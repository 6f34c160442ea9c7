package org.bluelamp.staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff sign-in page; Spring Security checks the password. */
@Controller
class SignInController {

    @GetMapping("/staff/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(name = "signed-out", required = false)
                  String signedOut, @RequestParam(name = "signed-out-everywhere", required = false)
                  String signedOutEverywhere, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("signedOutEverywhere", signedOutEverywhere != null);
        return "staff/signIn";
    }
}
