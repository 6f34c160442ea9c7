package org.bluelamp.contact;

import org.bluelamp.staff.StaffMembers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Staff find contacts by what they know of them: a reference, contact details, a place, a vehicle or words. */
@Controller
class SearchController {

    /** Enough to recognise the one wanted; more means the search should be narrower. */
    static final int SHOWN = 50;

    private final AuditedContactSearch search;
    private final StaffMembers staff;

    SearchController(AuditedContactSearch search, StaffMembers staff) {
        this.search = search;
        this.staff = staff;
    }

    @GetMapping("/staff/contacts/search")
    String search(@RequestParam(name = "q", required = false) String typed, Authentication signedIn, Model model) {
        var searcher = staff.find(signedIn.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        var query = SearchQuery.of(typed);
        var hits = search.find(query, searcher, SHOWN + 1);
        model.addAttribute("query", query.text());
        model.addAttribute("searched", !query.blank());
        model.addAttribute("hits", hits.size() > SHOWN ? hits.subList(0, SHOWN) : hits);
        model.addAttribute("more", hits.size() > SHOWN);
        return "contact/search";
    }
}
