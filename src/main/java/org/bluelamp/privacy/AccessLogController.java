package org.bluelamp.privacy;

import org.bluelamp.staff.StaffMembers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Locale;

/**
 * The access log's page: who looked at a contact or a subject access request, or everything one member of staff
 * looked at (set in staff.SecurityConfiguration: supervisors and the data protection team).
 */
@Controller
class AccessLogController {

    /** Longer than any reference or username: anything longer is a mistake, not a search. */
    private static final int LONGEST = 60;

    private final AccessHistory history;
    private final StaffMembers staff;

    AccessLogController(AccessHistory history, StaffMembers staff) {
        this.history = history;
        this.staff = staff;
    }

    @GetMapping("/staff/access-log")
    String show(@RequestParam(required = false) String reference, @RequestParam(required = false) String username,
                Authentication signedIn, Model model) {
        var viewer = staff.find(signedIn.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        String record = tidy(reference).toUpperCase(Locale.ROOT);
        String member = tidy(username).toLowerCase(Locale.ROOT);
        model.addAttribute("reference", record);
        model.addAttribute("username", member);
        if (!record.isEmpty()) {
            model.addAttribute("entries", history.ofRecord(record, viewer));
        } else if (!member.isEmpty()) {
            model.addAttribute("entries", history.byMember(member, viewer));
        } else {
            model.addAttribute("entries", null);
        }
        return "privacy/accessLog";
    }

    private static String tidy(String typed) {
        if (typed == null) {
            return "";
        }
        String stripped = typed.strip();
        return stripped.length() > LONGEST ? stripped.substring(0, LONGEST) : stripped;
    }
}
