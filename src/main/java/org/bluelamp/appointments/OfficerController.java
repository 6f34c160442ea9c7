package org.bluelamp.appointments;

import org.bluelamp.platform.Choice;
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
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A PLOD officer's pages: their visits and free times, adding and withdrawing a time, and a visit's outcome. */
@Controller
class OfficerController {

    static final int DAYS_AHEAD = 56;
    static final List<Integer> LENGTHS = List.of(30, 60, 90, 120);
    static final List<String> OUTCOMES = List.of("visited", "no-answer", "not-needed");
    private static final Set<String> DONE = Set.of("added", "withdrawn", "outcome");
    private static final int NOTE_LENGTH = 2000;
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
        return availability(frame, Map.of("length", "60"), FormErrors.NONE, model);
    }

    @PostMapping("/staff/visits/availability")
    String addTime(@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String time,
                   @RequestParam(defaultValue = "") String length, Authentication signedIn, Frame frame, Model model) {
        var errors = new ArrayList<ErrorMessage>();
        var today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        LocalDate date = parseDay(day).filter(d -> !d.isBefore(today) && !d.isAfter(today.plusDays(DAYS_AHEAD)))
                .orElse(null);
        if (date == null) {
            errors.add(new ErrorMessage("day", frame.t("visits.availability.day.required")));
        }
        LocalTime start = times().contains(time) ? LocalTime.parse(time) : null;
        if (start == null) {
            errors.add(new ErrorMessage("time", frame.t("visits.availability.time.required")));
        }
        Integer minutes = LENGTHS.stream().filter(l -> l.toString().equals(length)).findFirst().orElse(null);
        if (minutes == null) {
            errors.add(new ErrorMessage("length", frame.t("visits.availability.length.required")));
        }
        var values = Map.of("day", day, "time", time, "length", length);
        if (errors.isEmpty()) {
            var startsAt = date.atTime(start).atZone(LondonTime.ZONE).toInstant();
            if (!startsAt.isAfter(clock.instant())) {
                errors.add(new ErrorMessage("time", frame.t("visits.availability.past")));
            } else if (!work.addSlot(member(signedIn), startsAt, startsAt.plusSeconds(minutes * 60L))) {
                errors.add(new ErrorMessage("time", frame.t("visits.availability.overlaps")));
            }
        }
        if (!errors.isEmpty()) {
            return availability(frame, values, new FormErrors(errors), model);
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
        return visitPage(visitId, member(signedIn), Map.of(), FormErrors.NONE, model);
    }

    @PostMapping("/staff/visits/{visitId}/outcome")
    String outcome(@PathVariable UUID visitId, @RequestParam(defaultValue = "") String outcome,
                   @RequestParam(defaultValue = "") String note, Authentication signedIn, Frame frame, Model model) {
        var member = member(signedIn);
        var errors = new ArrayList<ErrorMessage>();
        if (!OUTCOMES.contains(outcome)) {
            errors.add(new ErrorMessage("outcome", frame.t("visits.outcome.required")));
        }
        String given = note.strip();
        if (given.length() > NOTE_LENGTH) {
            errors.add(new ErrorMessage("note", frame.t("visits.too-long", NOTE_LENGTH)));
        }
        if (!errors.isEmpty()) {
            return visitPage(visitId, member, Map.of("outcome", outcome, "note", given), new FormErrors(errors), model);
        }
        if (!work.recordOutcome(member, visitId, outcome, frame.t("visits.outcome." + outcome),
                given.isEmpty() ? null : given)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/staff/visits?done=outcome";
    }

    private String visitPage(UUID visitId, StaffMember member, Map<String, String> values, FormErrors errors,
                             Model model) {
        var details = work.visit(visitId, member).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", new VisitPage(details.visit(), details.reporter(), OUTCOMES, values, errors));
        return "appointments/visit";
    }

    private String availability(Frame frame, Map<String, String> values, FormErrors errors, Model model) {
        var today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        var days = new ArrayList<Choice>();
        for (int ahead = 0; ahead <= DAYS_AHEAD; ahead++) {
            var date = today.plusDays(ahead);
            days.add(Choice.of(date.toString(), DAY.format(date)));
        }
        var times = times().stream().map(t -> Choice.of(t, LondonTime.timeOfDay(LocalTime.parse(t)))).toList();
        var lengths = LENGTHS.stream().map(l -> Choice.of(l.toString(), frame.t("visits.availability.minutes", l)))
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

    private static Optional<LocalDate> parseDay(String day) {
        try {
            return Optional.of(LocalDate.parse(day));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    private StaffMember member(Authentication signedIn) {
        return staff.find(signedIn.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
