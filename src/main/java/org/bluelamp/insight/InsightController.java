package org.bluelamp.insight;

import org.bluelamp.contact.ContactChoices;
import org.bluelamp.insight.chart.CsvTable;
import org.bluelamp.insight.chart.FigureTable;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.reporting.Channel;
import org.bluelamp.staff.StaffMembers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * /staff/insight: demand, service levels, outcomes and the online service, each a page of charts with their numbers in
 * tables, filtered by days, team and channel, and each table as CSV. Every figure is a count: no page here shows or
 * downloads anything about a person, so reading one is not a read of personal data.
 */
@Controller
class InsightController {

    private final StaffMembers staff;
    private final ContactChoices choices;
    private final Clock clock;
    private final Map<InsightSection, SectionFigures> figures;
    private final InsightRefresh refresh;

    InsightController(StaffMembers staff, ContactChoices choices, Clock clock, List<SectionFigures> figures,
                      InsightRefresh refresh) {
        this.staff = staff;
        this.choices = choices;
        this.clock = clock;
        this.figures = figures.stream().collect(Collectors.toMap(SectionFigures::section, Function.identity()));
        this.refresh = refresh;
    }

    @GetMapping("/staff/insight")
    String demand(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String team, @RequestParam(required = false) String channel,
                  @RequestParam(required = false) String per, Authentication signedIn, Frame frame, Model model) {
        return show(InsightSection.DEMAND, InsightQueryForm.of(from, to, team, channel, per), signedIn, frame, model);
    }

    @GetMapping("/staff/insight/{slug:service-levels|outcomes|online}")
    String section(@PathVariable String slug, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String team,
                   @RequestParam(required = false) String channel, @RequestParam(required = false) String per,
                   Authentication signedIn, Frame frame, Model model) {
        var section = InsightSection.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return show(section, InsightQueryForm.of(from, to, team, channel, per), signedIn, frame, model);
    }

    /** One table of a page as CSV, for the same filters; a table the page would not show is not found. */
    @GetMapping("/staff/insight/{slug:demand|service-levels|outcomes|online}/csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @RequestParam String table,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String team,
                               @RequestParam(required = false) String channel,
                               @RequestParam(required = false) String per, Authentication signedIn, Frame frame) {
        var section = InsightSection.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var viewer = viewer(signedIn);
        if (!InsightSection.openTo(viewer).contains(section) || !viewer.seesFigures()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var query = InsightQueryForm.of(from, to, team, channel, per)
                .read(viewer, today(), teamCodes(), channelCodes(), new InsightQueryForm.Mistakes(frame))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        return CsvTable.download(figuresOf(section).tables(query, viewer, frame).stream()
                .filter(t -> t.name().equals(table)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    private String show(InsightSection section, InsightQueryForm form, Authentication signedIn, Frame frame,
                        Model model) {
        var member = staff.find(signedIn.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        var viewer = InsightViewer.of(member);
        if (!InsightSection.openTo(viewer).contains(section)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("page", page(section, viewer, form));
        model.addAttribute("refreshedAt", refresh.lastRefreshed().orElse(null));
        if (!viewer.seesFigures()) {
            model.addAttribute("errors", org.bluelamp.platform.FormErrors.NONE);
            model.addAttribute("tables", List.<FigureTable>of());
            model.addAttribute("query", null);
            return "insight/page";
        }
        var mistakes = new InsightQueryForm.Mistakes(frame);
        var query = form.read(viewer, today(), teamCodes(), channelCodes(), mistakes);
        query.ifPresent(q -> model.addAttribute("page", page(section, viewer, form.answeredBy(q))));
        model.addAttribute("errors", mistakes.asFormErrors());
        model.addAttribute("query", query.orElse(null));
        model.addAttribute("tables", query.map(q -> figuresOf(section).tables(q, viewer, frame)).orElse(List.of()));
        model.addAttribute("csvBase", query.map(q -> csvBase(section, q)).orElse(null));
        model.addAttribute("repeatsUrl", section == InsightSection.OUTCOMES && RepeatContacts.mayList(member)
                ? query.map(InsightController::repeatsUrl).orElse(null) : null);
        return "insight/page";
    }

    private InsightPage page(InsightSection section, InsightViewer viewer, InsightQueryForm form) {
        return new InsightPage(section, InsightSection.openTo(viewer), viewer, form, choices.teams(),
                Arrays.asList(Channel.values()));
    }

    private SectionFigures figuresOf(InsightSection section) {
        var found = figures.get(section);
        if (found == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return found;
    }

    /** The CSV link of a page's tables, less the table's name, which the figure adds. */
    private static String csvBase(InsightSection section, InsightQuery query) {
        var uri = UriComponentsBuilder.fromPath(section.csvPath())
                .queryParam("from", query.from()).queryParam("to", query.to())
                .queryParam("per", query.per().name().toLowerCase());
        if (query.team() != null) {
            uri.queryParam("team", query.team().isEmpty() ? InsightQueryForm.NO_TEAM : query.team());
        }
        if (query.channel() != null) {
            uri.queryParam("channel", query.channel());
        }
        return uri.queryParam("table", "").build().encode().toUriString();
    }

    /** The contacts behind the repeat counts, for staff who may open contacts: the same days, team and channel. */
    private static String repeatsUrl(InsightQuery query) {
        var uri = UriComponentsBuilder.fromPath("/staff/insight/repeats").queryParam("to", query.to());
        if (query.team() != null && !query.team().isEmpty()) {
            uri.queryParam("team", query.team());
        }
        if (query.channel() != null) {
            uri.queryParam("channel", query.channel());
        }
        return uri.build().encode().toUriString();
    }

    private InsightViewer viewer(Authentication signedIn) {
        return InsightViewer.of(staff.find(signedIn.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN)));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }

    private List<String> teamCodes() {
        return choices.teamCodes();
    }

    private static List<String> channelCodes() {
        return Arrays.stream(Channel.values()).map(Channel::code).toList();
    }
}
