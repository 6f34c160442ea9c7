package org.bluelamp.staff;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.staff.factors.PasswordPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** A new member of staff choosing their password through the one-time link an admin gave them. */
@Controller
class SetUpPasswordController {

    private static final String PAGE = "/staff/set-up/password/{token}";

    private final SetUpLinks links;
    private final StaffMembers members;
    private final AccountAdministration administration;
    private final Clock clock;
    private final PasswordPolicy policy = new PasswordPolicy();

    SetUpPasswordController(SetUpLinks links, StaffMembers members, AccountAdministration administration,
                            Clock clock) {
        this.links = links;
        this.members = members;
        this.administration = administration;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String page(@PathVariable String token, Model model) {
        var member = links.accountFor(token, clock.instant()).flatMap(members::find);
        if (member.isEmpty()) {
            return "staff/setUpLinkGone";
        }
        model.addAttribute("member", member.get());
        model.addAttribute("errors", FormErrors.NONE);
        return "staff/choosePassword";
    }

    @PostMapping(PAGE)
    String choose(@PathVariable String token, @RequestParam(defaultValue = "") String password,
                  @RequestParam(name = "confirm-password", defaultValue = "") String confirmation, Frame frame,
                  Model model) {
        var member = links.accountFor(token, clock.instant()).flatMap(members::find);
        if (member.isEmpty()) {
            return "staff/setUpLinkGone";
        }
        var errors = new ArrayList<ErrorMessage>();
        policy.problems(password, personalWords(member.get()))
                .forEach(key -> errors.add(new ErrorMessage("password", frame.t(key))));
        if (errors.isEmpty() && !password.equals(confirmation)) {
            errors.add(new ErrorMessage("confirm-password", frame.t("staff.password.different")));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("member", member.get());
            model.addAttribute("errors", new FormErrors(errors.subList(0, 1)));
            return "staff/choosePassword";
        }
        if (!administration.choosePassword(token, password)) {
            return "staff/setUpLinkGone";
        }
        return "redirect:/staff/sign-in?password-chosen";
    }

    private static List<String> personalWords(StaffMember member) {
        return List.of(member.username(), member.displayName(), "bluelamp");
    }
}
