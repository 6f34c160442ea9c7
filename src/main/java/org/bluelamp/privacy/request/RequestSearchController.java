package org.bluelamp.privacy.request;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.platform.form.Entered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.bluelamp.privacy.request.RequestScreen.BASE;

/**
 * "Search for this person": a form filled in from the request, the search of every module, what it found grouped by
 * kind, and the choice of what goes in the answer.
 */
@Controller
class RequestSearchController {

    private final DataRequestWork work;
    private final RequestScreen screen;

    RequestSearchController(DataRequestWork work, RequestScreen screen) {
        this.work = work;
        this.screen = screen;
    }

    @GetMapping(BASE + "/{reference}/search")
    String searchForm(@PathVariable String reference, Authentication signedIn, Model model) {
        var view = work.read(reference, screen.accessor(signedIn), "search")
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var r = view.request();
        var terms = new LinkedHashMap<String, String>();
        terms.put("name", r.fullName());
        terms.put("dateOfBirth", r.dateOfBirth().toString());
        terms.put("email", r.email() == null ? "" : r.email());
        terms.put("phone", r.phone() == null ? "" : UkPhoneNumber.parse(r.phone()).map(UkPhoneNumber::display).orElse(r.phone()));
        terms.put("postcode", r.postcode() == null ? "" : r.postcode());
        terms.put("reference", r.wantsReference() == null ? "" : r.wantsReference());
        boolean searched = view.timeline().stream().anyMatch(e -> e.kind().equals("searched"));
        model.addAttribute("page", new SearchPage(r, Entered.of(terms), FormErrors.NONE, grouped(view.found()), searched));
        return "privacy/staff/search";
    }

    @PostMapping(BASE + "/{reference}/search")
    String search(@PathVariable String reference, Frame frame, Authentication signedIn, HttpServletRequest http,
                  Model model) {
        var who = screen.accessor(signedIn);
        var request = screen.request(reference);
        var input = RequestScreen.input(http, frame);
        var form = SearchForm.read(input);
        if (!input.valid()) {
            model.addAttribute("page", new SearchPage(request, input.shown(), input.errors(), Map.of(), false));
            return "privacy/staff/search";
        }
        work.search(request, form.subject(), who);
        return "redirect:" + BASE + "/" + reference + "/search";
    }

    @PostMapping(BASE + "/{reference}/scope")
    String scope(@PathVariable String reference, @RequestParam(required = false) List<String> chosen,
                 Authentication signedIn) {
        work.choose(screen.request(reference), chosen == null ? Set.of() : new LinkedHashSet<>(chosen),
                screen.accessor(signedIn));
        return RequestScreen.done(reference, "scope");
    }

    private static Map<String, List<FoundRecord>> grouped(List<FoundRecord> found) {
        var byKind = new LinkedHashMap<String, List<FoundRecord>>();
        found.forEach(f -> byKind.computeIfAbsent(f.held().kind(), k -> new ArrayList<>()).add(f));
        return byKind;
    }
}
