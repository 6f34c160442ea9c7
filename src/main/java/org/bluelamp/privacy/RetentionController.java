package org.bluelamp.privacy;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.staff.StaffMember;
import org.bluelamp.staff.StaffMembers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The data protection team's retention reviews: the records due, oldest first; one record, read with the look in
 * the access log; keep it (a reason and the next review date) or dispose of it (after ticking that it was checked).
 * An error shows the page again with what was typed.
 */
@Controller
class RetentionController {

    private static final int PAGE_SIZE = 50;
    private static final Set<String> DONE = Set.of("kept", "disposed");

    private final RecordReviews reviews;
    private final StaffMembers staff;
    private final Clock clock;

    RetentionController(RecordReviews reviews, StaffMembers staff, Clock clock) {
        this.reviews = reviews;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/staff/retention")
    String due(@RequestParam(defaultValue = "1") String page, @RequestParam(required = false) String done,
               @RequestParam(required = false) String reference, Model model) {
        int number = page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        boolean decided = done != null && DONE.contains(done) && reference != null
                && reference.matches("[A-Za-z0-9-]{1,64}");
        model.addAttribute("page", reviews.due(number, PAGE_SIZE, decided ? done : null, decided ? reference : null));
        return "privacy/retention";
    }

    @GetMapping("/staff/retention/{id}")
    String review(@PathVariable String id, Authentication signedIn, Model model) {
        return page(id(id), member(signedIn), Map.of(), FormErrors.NONE, model);
    }

    @PostMapping("/staff/retention/{id}/keep")
    String keep(@PathVariable String id, Authentication signedIn, Frame frame, HttpServletRequest request,
                Model model) {
        var member = member(signedIn);
        var form = KeepForm.read(request.getParameterMap(), LocalDate.ofInstant(clock.instant(), LondonTime.ZONE),
                frame);
        if (!form.valid()) {
            return page(id(id), member, form.values(), form.errors(), model);
        }
        return reviews.keep(id(id), member, form.reason(), form.nextReviewOn())
                .map(review -> "redirect:/staff/retention?done=kept&reference=" + review.reference())
                .orElse("redirect:/staff/retention/" + id);
    }

    @PostMapping("/staff/retention/{id}/dispose")
    String dispose(@PathVariable String id, @RequestParam(required = false) String checked, Authentication signedIn,
                   Frame frame, Model model) {
        var member = member(signedIn);
        if (!"yes".equals(checked)) {
            return page(id(id), member, Map.of(), FormErrors.of(new ErrorMessage("checked",
                    frame.t("retention.dispose.checked.required"))), model);
        }
        return reviews.dispose(id(id), member)
                .map(review -> "redirect:/staff/retention?done=disposed&reference=" + review.reference())
                .orElse("redirect:/staff/retention/" + id);
    }

    private String page(UUID id, StaffMember member, Map<String, String> values, FormErrors errors, Model model) {
        var opened = reviews.open(id, member).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", new ReviewPage(opened.review(), opened.summary(), values, errors));
        return "privacy/review";
    }

    private static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private StaffMember member(Authentication signedIn) {
        return staff.find(signedIn.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
