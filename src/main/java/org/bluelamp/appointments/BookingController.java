package org.bluelamp.appointments;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.reporting.Reference;
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

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A handler books, changes or cancels a contact's PLOD visit. Each page reads the contact through
 * {@link VisitBooking#view}, which records the look; an error shows the form again with what was typed.
 */
@Controller
class BookingController {

    private static final Set<String> DONE = Set.of("booked", "no-suitable-time", "changed", "cancelled");
    private static final int REASON_LENGTH = 500;

    private final VisitBooking booking;
    private final Visitors visitors;
    private final StaffMembers staff;

    BookingController(VisitBooking booking, Visitors visitors, StaffMembers staff) {
        this.booking = booking;
        this.visitors = visitors;
        this.staff = staff;
    }

    @GetMapping("/staff/contacts/{reference}/visits")
    String visits(@PathVariable String reference, @RequestParam(required = false) String done,
                  Authentication signedIn, Model model) {
        var view = view(reference, signedIn);
        return page(view, null, prefilled(view), FormErrors.NONE, done != null && DONE.contains(done) ? done : null, model);
    }

    @PostMapping("/staff/contacts/{reference}/visits")
    String book(@PathVariable String reference, Authentication signedIn, Frame frame, HttpServletRequest request,
                Model model) {
        var member = member(signedIn);
        var view = view(reference, member);
        var form = VisitForm.read(request.getParameterMap(), true, view.reporter().mayBeContacted(), frame);
        if (!form.valid()) {
            return page(view, null, form.values(), form.errors(), null, model);
        }
        if (form.noSuitableTime()) {
            booking.noSuitableTime(view.contact(), member, form.preferred());
            return done(view, "no-suitable-time");
        }
        try {
            booking.book(view.contact(), member, form.slot(), form.place(), form.confirmBy());
        } catch (SlotTaken taken) {
            return page(view(reference, member), null, form.values(), slotTaken(frame), null, model);
        }
        return done(view, "booked");
    }

    @GetMapping("/staff/contacts/{reference}/visits/{visitId}/change")
    String changeForm(@PathVariable String reference, @PathVariable UUID visitId, Authentication signedIn,
                      Model model) {
        var view = view(reference, signedIn);
        var visit = bookedVisit(view, visitId);
        var values = new HashMap<>(prefilled(view));
        values.put("place", visit.place() == null ? "" : visit.place());
        if (visit.confirmBy() != null) {
            values.put("confirmBy", visit.confirmBy().code());
        }
        return page(view, visit, values, FormErrors.NONE, null, model);
    }

    @PostMapping("/staff/contacts/{reference}/visits/{visitId}/change")
    String change(@PathVariable String reference, @PathVariable UUID visitId, Authentication signedIn, Frame frame,
                  HttpServletRequest request, Model model) {
        var member = member(signedIn);
        var view = view(reference, member);
        var visit = bookedVisit(view, visitId);
        var form = VisitForm.read(request.getParameterMap(), false, view.reporter().mayBeContacted(), frame);
        if (!form.valid()) {
            return page(view, visit, form.values(), form.errors(), null, model);
        }
        try {
            if (!booking.change(view.contact(), member, visitId, form.slot(), form.place(), form.confirmBy())) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        } catch (SlotTaken taken) {
            return page(view(reference, member), visit, form.values(), slotTaken(frame), null, model);
        }
        return done(view, "changed");
    }

    @GetMapping("/staff/contacts/{reference}/visits/{visitId}/cancel")
    String cancelForm(@PathVariable String reference, @PathVariable UUID visitId, Authentication signedIn,
                      Model model) {
        var view = view(reference, signedIn);
        model.addAttribute("page", new CancelPage(view.contact(), cancellable(view, visitId), "", FormErrors.NONE));
        return "appointments/cancel";
    }

    @PostMapping("/staff/contacts/{reference}/visits/{visitId}/cancel")
    String cancel(@PathVariable String reference, @PathVariable UUID visitId,
                  @RequestParam(defaultValue = "") String reason, Authentication signedIn, Frame frame, Model model) {
        var member = member(signedIn);
        var view = view(reference, member);
        var visit = cancellable(view, visitId);
        String given = reason.strip();
        String problem = given.isEmpty() ? frame.t("visits.cancel.reason.required")
                : given.length() > REASON_LENGTH ? frame.t("visits.too-long", REASON_LENGTH) : null;
        if (problem != null) {
            model.addAttribute("page", new CancelPage(view.contact(), visit, given,
                    FormErrors.of(new ErrorMessage("reason", problem))));
            return "appointments/cancel";
        }
        booking.cancel(view.contact(), member, visitId, given);
        return done(view, "cancelled");
    }

    private String page(VisitBooking.Booking view, Visit changing, Map<String, String> values, FormErrors errors,
                        String done, Model model) {
        model.addAttribute("page", new BookingPage(view.contact(), view.reporter(), view.visits(),
                BookingPage.byDay(view.free()), visitors.names(), changing, values, errors, done));
        return "appointments/book";
    }

    /** How to confirm, filled in from how the person asked to hear from us when they reported. */
    private static Map<String, String> prefilled(VisitBooking.Booking view) {
        var preference = view.reporter().preference();
        return preference != null && VisitForm.CONFIRM_BY.contains(preference)
                ? Map.of("confirmBy", preference.code()) : Map.of();
    }

    private static FormErrors slotTaken(Frame frame) {
        return FormErrors.of(new ErrorMessage("slot", frame.t("visits.slot.taken")));
    }

    private static String done(VisitBooking.Booking view, String what) {
        return "redirect:/staff/contacts/" + view.contact().reference() + "/visits?done=" + what;
    }

    private Visit bookedVisit(VisitBooking.Booking view, UUID visitId) {
        return booking.visitOf(view.contact(), visitId).filter(Visit::booked)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Visit cancellable(VisitBooking.Booking view, UUID visitId) {
        return booking.visitOf(view.contact(), visitId)
                .filter(v -> v.booked() || v.status() == VisitStatus.NO_SUITABLE_TIME)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private VisitBooking.Booking view(String reference, Authentication signedIn) {
        return view(reference, member(signedIn));
    }

    private VisitBooking.Booking view(String reference, StaffMember member) {
        var parsed = Reference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return booking.view(parsed, member).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private StaffMember member(Authentication signedIn) {
        return staff.find(signedIn.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
