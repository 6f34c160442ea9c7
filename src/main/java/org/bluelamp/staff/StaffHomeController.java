package org.bluelamp.staff;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where staff land after signing in: their work if they have one area, else a list of what they may open. */
@Controller
class StaffHomeController {

    private final StaffMembers members;

    StaffHomeController(StaffMembers members) {
        this.members = members;
    }

    @GetMapping("/staff")
    String home(Authentication signedIn, Model model) {
        var member = members.find(signedIn.getName()).orElseThrow();
        if (member.permissions().stream().anyMatch(Permission::seesContacts)) {
            return "redirect:/staff/contacts";
        }
        model.addAttribute("member", member);
        return "staff/home";
    }
}
