package org.bluelamp.appointments;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.form.Entered;
import org.bluelamp.platform.form.FormInput;
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
        return page(view, null, Entered.of(prefilled(view)), FormErrors.NONE, done != null && DONE.contains(done) ? done : null, model);
    }

    @PostMapping("/staff/contacts/{reference}/visits")
    String book(@PathVariable String reference, Authentication signedIn, Frame frame, HttpServletRequest request,
                Model model) {
        var member = member(signedIn);
        var view = view(reference, member);
        var input = input(request, frame);
        var form = VisitForm.read(input, true, view.reporter().mayBeContacted());
        if (!input.valid()) {
            return page(view, null, input.shown(), input.errors(), null, model);
        }
        return switch (form) {
            case VisitForm.NoSuitableTime(var preferred) -> {
                booking.noSuitableTime(view.contact(), member, preferred);
                yield done(view, "no-suitable-time");
            }
            case VisitForm.Booking(var slot, var place, var confirmBy) -> {
                try {
                    booking.book(view.contact(), member, slot, place, confirmBy);
                } catch (SlotTaken taken) {
                    yield page(view(reference, member), null, input.shown(), slotTaken(frame), null, model);
                }
                yield done(view, "booked");
            }
        };
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
        return page(view, visit, Entered.of(values), FormErrors.NONE, null, model);
    }

    @PostMapping("/staff/contacts/{reference}/visits/{visitId}/change")
    String change(@PathVariable String reference, @PathVariable UUID visitId, Authentication signedIn, Frame frame,
                  HttpServletRequest request, Model model) {
        var member = member(signedIn);
        var view = view(reference, member);
        var visit = bookedVisit(view, visitId);
        var input = input(request, frame);
        // Moving a booked visit offers no "none", so the form is always a booking.
        if (!(VisitForm.read(input, false, view.reporter().mayBeContacted()) instanceof VisitForm.Booking form)
                || !input.valid()) {
            return page(view, visit, input.shown(), input.errors(), null, model);
        }
        try {
            if (!booking.change(view.contact(), member, visitId, form.slot(), form.place(), form.confirmBy())) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        } catch (SlotTaken taken) {
            return page(view(reference, member), visit, input.shown(), slotTaken(frame), null, model);
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
    String cancel(@PathVariable String reference, @PathVariable UUID visitId, Authentication signedIn, Frame frame,
                  HttpServletRequest request, Model model) {
        var member = member(signedIn);
        var view = view(reference, member);
        var visit = cancellable(view, visitId);
        var input = input(request, frame);
        var form = CancelForm.read(input);
        if (!input.valid()) {
            model.addAttribute("page", new CancelPage(view.contact(), visit, input.shown().get("reason"),
                    input.errors()));
            return "appointments/cancel";
        }
        booking.cancel(view.contact(), member, visitId, form.reason());
        return done(view, "cancelled");
    }

    private static FormInput input(HttpServletRequest request, Frame frame) {
        return new FormInput(new Entered(request.getParameterMap()), frame, VisitForm.TOO_LONG);
    }

    private String page(VisitBooking.Booking view, Visit changing, Entered values, FormErrors errors,
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
