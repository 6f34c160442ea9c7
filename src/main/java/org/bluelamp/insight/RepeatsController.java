package org.bluelamp.insight;

import org.bluelamp.contact.ContactChoices;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.reporting.Channel;
import org.bluelamp.staff.StaffMembers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The contacts behind the repeat figures, for staff who may open contacts: the groups by number, each with its
 * contacts' references, never what joins them. A performance analyst, who sees figures only, is refused.
 */
@Controller
class RepeatsController {

    /** How far back a repeat list's last day may be: the repeats are kept for this (RepeatRefresh.KEPT). */
    static final int DAYS_BACK = 365;

    private final RepeatContacts repeats;
    private final StaffMembers staff;
    private final ContactChoices choices;
    private final Clock clock;

    RepeatsController(RepeatContacts repeats, StaffMembers staff, ContactChoices choices, Clock clock) {
        this.repeats = repeats;
        this.staff = staff;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping("/staff/insight/repeats")
    String repeats(@RequestParam(name = "kind", defaultValue = "person") String kindCode,
                   @RequestParam(name = "to", required = false) String to,
                   @RequestParam(name = "team", required = false) String team,
                   @RequestParam(name = "channel", required = false) String channel,
                   @RequestParam(name = "page", defaultValue = "1") int page,
                   Authentication signedIn, Model model) {
        var viewer = staff.find(signedIn.getName()).filter(RepeatContacts::mayList)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        var kind = RepeatKind.fromCode(kindCode).orElseThrow(RepeatsController::badRequest);
        var filter = new RepeatFilter(day(to), team(team), channel(channel));
        var list = repeats.list(kind, filter, page, viewer);
        model.addAttribute("list", list);
        model.addAttribute("teamName", filter.team() == null ? null : choices.teamName(filter.team()));
        model.addAttribute("url", url(filter));
        return "insight/repeats";
    }

    /** The page's address without its kind and page, which the links add. */
    private static String url(RepeatFilter filter) {
        return "/staff/insight/repeats?to=" + filter.to()
                + (filter.team() == null ? "" : "&team=" + filter.team())
                + (filter.channel() == null ? "" : "&channel=" + filter.channel());
    }

    /** The last day, today (UK) unless given; not after today nor more than {@value #DAYS_BACK} days back. */
    private LocalDate day(String to) {
        var today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        if (to == null || to.isBlank()) {
            return today;
        }
        try {
            var day = LocalDate.parse(to.strip());
            if (day.isAfter(today) || day.isBefore(today.minusDays(DAYS_BACK))) {
                throw badRequest();
            }
            return day;
        } catch (DateTimeParseException e) {
            throw badRequest();
        }
    }

    private String team(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!choices.teamCodes().contains(code)) {
            throw badRequest();
        }
        return code;
    }

    private static String channel(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Channel.fromCode(code).map(Channel::code).orElseThrow(RepeatsController::badRequest);
    }

    private static ResponseStatusException badRequest() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
}
