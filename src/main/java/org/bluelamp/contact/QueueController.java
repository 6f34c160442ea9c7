package org.bluelamp.contact;

import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.Languages;
import java.util.List;
import org.bluelamp.contact.clocks.ServiceClocks;
import org.bluelamp.reporting.Reference;
import org.bluelamp.staff.Permission;
import org.bluelamp.staff.StaffMember;
import org.bluelamp.staff.StaffMembers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;

/**
 * The queues staff work from — new and unassessed, their own work, their team's, all open, and breaches of a
 * deadline — each in work order, filtered, a page at a time, with every queue's count in the navigation.
 */
@Controller
class QueueController {

    static final int PAGE_SIZE = 25;

    private final Contacts contacts;
    private final StaffMembers staff;
    private final ServiceClocks clocks;
    private final Clock clock;
    private final ContactChoices choices;
    private final Languages languages;
    private final Conversations conversations;

    QueueController(Contacts contacts, StaffMembers staff, ServiceClocks clocks, Clock clock, ContactChoices choices,
                    Languages languages, Conversations conversations) {
        this.conversations = conversations;
        this.languages = languages;
        this.choices = choices;
        this.contacts = contacts;
        this.staff = staff;
        this.clocks = clocks;
        this.clock = clock;
    }

    @GetMapping("/staff/contacts")
    String queue(@RequestParam(required = false) String view, @RequestParam(required = false) String service,
                 @RequestParam(required = false) String status, @RequestParam(required = false) String grading,
                 @RequestParam(required = false) String channel, @RequestParam(required = false) String queue,
                 @RequestParam(required = false) String due, @RequestParam(required = false) String page,
                 @RequestParam(required = false) String moved, @RequestParam(required = false) String language,
                 Authentication signedIn, Model model) {
        var member = staff.find(signedIn.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        var chosen = QueueView.fromCode(view).orElse(defaultView(member));
        var services = contacts.services();
        var queues = contacts.queues();
        var offered = languages.offersSeveral()
                ? languages.offered().stream().map(Language::code).toList() : List.<String>of();
        var filter = QueueFilter.of(service, status, grading, channel, queue, due, language, services, queues, offered);
        var scope = ContactScope.of(member);
        var now = clock.instant();
        var counts = contacts.counts(scope, member.username(), member.team(), now);
        int pages = (int) Math.max(1, (counts.of(chosen) + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = Math.min(pageNumber(page), pages);
        var shown = contacts.page(scope, chosen, member.username(), member.team(), filter, number, PAGE_SIZE, now,
                now.plus(clocks.dueSoon()));
        var unread = conversations.unreadIn(scope, member.username(), member.team(),
                conversations.unread(shown.contacts().stream().map(Contact::id).toList()));
        model.addAttribute("page", new QueueScreen(chosen, counts, shown,
                filter, services, queues, now, clocks,
                Reference.parse(moved).map(Reference::value).orElse(null), choices, offered, unread));
        return "contact/queue";
    }

    /** Officers start with their own work; everyone else with what nobody has looked at yet. */
    private static QueueView defaultView(StaffMember member) {
        return member.may(Permission.SEE_OPEN_QUEUES) ? QueueView.NEW : QueueView.MINE;
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
