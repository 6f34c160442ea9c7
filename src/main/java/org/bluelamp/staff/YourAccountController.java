package org.bluelamp.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** "Your account": who is signed in, and signing out on every device at once. */
@Controller
class YourAccountController {

    private final StaffMembers members;
    private final StaffSessions sessions;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    YourAccountController(StaffMembers members, StaffSessions sessions) {
        this.members = members;
        this.sessions = sessions;
    }

    @GetMapping("/staff/account")
    String account(Authentication signedIn, Model model) {
        model.addAttribute("member", members.find(signedIn.getName()).orElseThrow());
        return "staff/yourAccount";
    }

    @PostMapping("/staff/account/sign-out-everywhere")
    String signOutEverywhere(Authentication signedIn, HttpServletRequest request, HttpServletResponse response) {
        sessions.endAll(signedIn.getName());
        // This session's row is gone already; forgetting it here stops this request saving it again.
        logout.logout(request, response, signedIn);
        return "redirect:/staff/sign-in?signed-out-everywhere";
    }
}
