package org.bluelamp.reporting.journey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.limits.Client;
import org.bluelamp.platform.limits.LimitedAction;
import org.bluelamp.platform.limits.RateLimits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every journey starts by steering emergencies to 999. Someone coming back to a report they started is taken
 * to where they were.
 */
@Controller
class StartController {

    /** A Deaf person signing a message is sent to 999 BSL first, not told to call. */
    private static final String BSL_MESSAGE = "bsl-video-message";

    private final CurrentDraft current;
    private final Drafts drafts;
    private final DraftCookie cookie;
    private final RateLimits limits;
    private final ServiceCatalogue catalogue;

    StartController(CurrentDraft current, Drafts drafts, DraftCookie cookie, RateLimits limits,
                    ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
        this.limits = limits;
        this.current = current;
        this.drafts = drafts;
        this.cookie = cookie;
    }

    /**
     * "It is not an emergency" goes back to the report the person chose, when we know which it was. From the BSL video
     * message, the page leads with 999 BSL.
     */
    @GetMapping("/report/emergency")
    String emergency(@RequestParam(required = false) String from, Model model) {
        model.addAttribute("bsl", BSL_MESSAGE.equals(from));
        model.addAttribute("back", catalogue.find(from == null ? "" : from).map(s -> "/report/" + s.id())
                .orElse("/report"));
        return "reporting/emergency";
    }

    @GetMapping("/report/{serviceId}")
    String start(@PathVariable String serviceId, HttpServletRequest request, Model model) {
        var service = current.service(serviceId);
        var draft = current.draft(request, service).filter(d -> !d.submitted() && d.position() != null);
        if (draft.isPresent()) {
            return JourneyPaths.redirect(serviceId, current.open(service, draft.get()).resumePage());
        }
        model.addAttribute("page", new StartPage(service, FormErrors.NONE));
        return "reporting/start";
    }

    @PostMapping("/report/{serviceId}")
    String answer(@PathVariable String serviceId, @RequestParam(defaultValue = "") String emergency,
                  Frame frame, HttpServletRequest request, HttpServletResponse response,
                  Model model) {
        var service = current.service(serviceId);
        return switch (emergency) {
            case "yes" -> "redirect:/report/emergency?from=" + service.id();
            case "no" -> {
                limits.take(LimitedAction.DRAFT_STARTED, Client.of(request));
                var draft = drafts.start(cookie.tokenHashOrIssue(request, response), service.id(), service.version());
                var first = service.questions().getFirst().id();
                drafts.save(draft.id(), service.version(), draft.answers(), first);
                yield JourneyPaths.redirect(serviceId, first);
            }
            default -> {
                model.addAttribute("page", new StartPage(service,
                        FormErrors.of(new ErrorMessage("emergency", service.emergency() != null
                                && service.emergency().required() != null ? service.emergency().required()
                                : frame.t("start.emergency.required")))));
                yield "reporting/start";
            }
        };
    }
}
