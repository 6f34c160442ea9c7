package org.bluelamp.appointments;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.Choice;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.form.Entered;
import org.bluelamp.platform.form.FormInput;
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
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A PLOD officer's pages: their visits and free times, adding and withdrawing a time, and a visit's outcome. */
@Controller
class OfficerController {

    static final int DAYS_AHEAD = 56;
    private static final Set<String> DONE = Set.of("added", "withdrawn", "outcome");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final OfficerVisits work;
    private final StaffMembers staff;
    private final Clock clock;

    OfficerController(OfficerVisits work, StaffMembers staff, Clock clock) {
        this.work = work;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/staff/visits")
    String visits(@RequestParam(required = false) String done, Authentication signedIn, Model model) {
        var overview = work.overview(member(signedIn));
        model.addAttribute("page", new OfficerPage(overview.visits(), overview.freeSlots(),
                done != null && DONE.contains(done) ? done : null));
        return "appointments/officer";
    }

    @GetMapping("/staff/visits/availability")
    String availabilityForm(Frame frame, Model model) {
        return availability(frame, Entered.of(Map.of("length", "60")), FormErrors.NONE, model);
    }

    @PostMapping("/staff/visits/availability")
    String addTime(Authentication signedIn, Frame frame, HttpServletRequest request, Model model) {
        var input = input(request, frame);
        var today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        var form = AvailabilityForm.read(input, today, DAYS_AHEAD, times());
        if (input.valid()) {
            var startsAt = form.day().atTime(form.start()).atZone(LondonTime.ZONE).toInstant();
            if (!startsAt.isAfter(clock.instant())) {
                input.fail("time", "visits.availability.past");
            } else if (!work.addSlot(member(signedIn), startsAt, startsAt.plusSeconds(form.minutes() * 60L))) {
                input.fail("time", "visits.availability.overlaps");
            }
        }
        if (!input.valid()) {
            return availability(frame, input.shown(), input.errors(), model);
        }
        return "redirect:/staff/visits?done=added";
    }

    @PostMapping("/staff/visits/availability/{slotId}/withdraw")
    String withdraw(@PathVariable UUID slotId, Authentication signedIn) {
        // Booked meanwhile: the list shows it as a visit now, which says why it is still there.
        work.withdraw(member(signedIn), slotId);
        return "redirect:/staff/visits?done=withdrawn";
    }

    @GetMapping("/staff/visits/{visitId}")
    String visit(@PathVariable UUID visitId, Authentication signedIn, Model model) {
        return visitPage(visitId, member(signedIn), Entered.NONE, FormErrors.NONE, model);
    }

    @PostMapping("/staff/visits/{visitId}/outcome")
    String outcome(@PathVariable UUID visitId, Authentication signedIn, Frame frame, HttpServletRequest request,
                   Model model) {
        var member = member(signedIn);
        var input = input(request, frame);
        var form = OutcomeForm.read(input);
        if (!input.valid()) {
            return visitPage(visitId, member, input.shown(), input.errors(), model);
        }
        if (!work.recordOutcome(member, visitId, form.outcome(), frame.t("visits.outcome." + form.outcome()),
                form.note())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/staff/visits?done=outcome";
    }

    private static FormInput input(HttpServletRequest request, Frame frame) {
        return new FormInput(new Entered(request.getParameterMap()), frame, VisitForm.TOO_LONG);
    }

    private String visitPage(UUID visitId, StaffMember member, Entered values, FormErrors errors,
                             Model model) {
        var details = work.visit(visitId, member).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", new VisitPage(details.visit(), details.reporter(), OutcomeForm.OUTCOMES, values, errors));
        return "appointments/visit";
    }

    private String availability(Frame frame, Entered values, FormErrors errors, Model model) {
        var today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        var days = new ArrayList<Choice>();
        for (int ahead = 0; ahead <= DAYS_AHEAD; ahead++) {
            var date = today.plusDays(ahead);
            days.add(Choice.of(date.toString(), DAY.format(date)));
        }
        var times = times().stream().map(t -> Choice.of(t, frame.dates().timeOfDay(LocalTime.parse(t)))).toList();
        var lengths = AvailabilityForm.LENGTHS.stream().map(l -> Choice.of(l.toString(), frame.t("visits.availability.minutes", l)))
                .toList();
        model.addAttribute("page", new AvailabilityPage(days, times, lengths, values, errors));
        return "appointments/availability";
    }

    /** Start times offered: every half hour from 8am to 8pm. */
    private static List<String> times() {
        var times = new ArrayList<String>();
        for (var t = LocalTime.of(8, 0); !t.isAfter(LocalTime.of(20, 0)); t = t.plusMinutes(30)) {
            times.add(t.toString());
        }
        return times;
    }

    private StaffMember member(Authentication signedIn) {
        return staff.find(signedIn.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
