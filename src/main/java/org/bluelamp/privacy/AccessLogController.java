package org.bluelamp.privacy;

import org.bluelamp.platform.personaldata.SearchTerm;
import org.bluelamp.staff.StaffMembers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The access log's page: who looked at a contact or a subject access request, or everything one member of staff
 * looked at (set in staff.SecurityConfiguration: supervisors and the data protection team); and, for the data
 * protection team, who searched for a detail.
 */
@Controller
class AccessLogController {

    /** Longer than any reference or username: anything longer is a mistake, not a search. */
    private static final int LONGEST = 60;
    /** Longer than any name, email or phone number. */
    private static final int LONGEST_DETAIL = 200;

    private final AccessHistory history;
    private final StaffMembers staff;

    AccessLogController(AccessHistory history, StaffMembers staff) {
        this.history = history;
        this.staff = staff;
    }

    @GetMapping("/staff/access-log")
    String show(@RequestParam(required = false) String reference, @RequestParam(required = false) String username,
                @RequestParam(required = false) String detailKind, @RequestParam(required = false) String detail,
                Authentication signedIn, Model model) {
        var viewer = staff.find(signedIn.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        String record = tidy(reference, LONGEST).toUpperCase(Locale.ROOT);
        String member = tidy(username, LONGEST).toLowerCase(Locale.ROOT);
        var kind = kindOf(detailKind);
        String searchedFor = tidy(detail, LONGEST_DETAIL);
        boolean mayLookUp = AccessHistory.mayLookUpDetails(viewer);
        model.addAttribute("reference", record);
        model.addAttribute("username", member);
        model.addAttribute("detailKinds", mayLookUp ? Arrays.stream(SearchTerm.values()).map(SearchTerm::key).toList()
                : List.<String>of());
        model.addAttribute("detailKind", kind.map(SearchTerm::key).orElse(""));
        // What was typed is shown back in the form only, never in the table's caption or the log.
        model.addAttribute("detail", searchedFor);
        model.addAttribute("bySearch", false);
        if (!record.isEmpty()) {
            model.addAttribute("entries", history.ofRecord(record, viewer));
        } else if (!member.isEmpty()) {
            model.addAttribute("entries", history.byMember(member, viewer));
        } else if (mayLookUp && kind.isPresent() && !searchedFor.isEmpty()) {
            model.addAttribute("bySearch", true);
            model.addAttribute("entries", history.searchesFor(kind.get(), searchedFor, viewer));
        } else {
            model.addAttribute("entries", null);
        }
        return "privacy/accessLog";
    }

    private static Optional<SearchTerm> kindOf(String key) {
        return Arrays.stream(SearchTerm.values()).filter(k -> k.key().equals(key)).findFirst();
    }

    private static String tidy(String typed, int longest) {
        if (typed == null) {
            return "";
        }
        String stripped = typed.strip();
        return stripped.length() > longest ? stripped.substring(0, longest) : stripped;
    }
}
