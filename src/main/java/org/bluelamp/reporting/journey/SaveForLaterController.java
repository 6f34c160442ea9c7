package org.bluelamp.reporting.journey;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.limits.Client;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Save and come back later": asks where to send a link to the draft, sends it, and says until when the answers
 * are kept. A question page's "Save and come back later" button saves its answer, if it can, and comes here.
 */
@Controller
class SaveForLaterController {

    private final CurrentDraft current;
    private final SaveForLater saveForLater;
    private final ResumeLinks links;

    SaveForLaterController(CurrentDraft current, SaveForLater saveForLater, ResumeLinks links) {
        this.current = current;
        this.saveForLater = saveForLater;
        this.links = links;
    }

    @GetMapping("/report/{serviceId}/" + JourneyPaths.SAVE_FOR_LATER)
    String ask(@PathVariable String serviceId, @RequestParam(required = false) String unsaved,
               HttpServletRequest request, Model model) {
        var open = current.open(serviceId, request);
        model.addAttribute("page", page(open, SaveForLater.suggestion(open), FormErrors.NONE, unsaved == null));
        return "reporting/saveForLater";
    }

    @PostMapping("/report/{serviceId}/" + JourneyPaths.SAVE_FOR_LATER)
    String save(@PathVariable String serviceId, @RequestParam(name = LinkAddressForm.SEND_BY, required = false) String sendBy,
                @RequestParam(required = false) String email, @RequestParam(required = false) String mobile,
                @RequestParam(required = false) String unsaved, Frame frame, HttpServletRequest request, Model model) {
        var open = current.open(serviceId, request);
        var form = new LinkAddressForm(sendBy, email, mobile);
        var read = form.read(frame);
        if (!read.errors().isEmpty()) {
            model.addAttribute("page", page(open, form, read.errors(), unsaved == null));
            return "reporting/saveForLater";
        }
        saveForLater.save(open, read.address(), Client.of(request), frame.language());
        return JourneyPaths.redirect(serviceId, JourneyPaths.LINK_SENT);
    }

    @GetMapping("/report/{serviceId}/" + JourneyPaths.LINK_SENT)
    String sent(@PathVariable String serviceId, HttpServletRequest request, Frame frame, Model model) {
        var open = current.open(serviceId, request);
        var link = links.latestFor(open.id()).orElseThrow(
                () -> new JourneyRedirect(JourneyPaths.page(serviceId, JourneyPaths.SAVE_FOR_LATER)));
        model.addAttribute("page", new LinkSentPage(open.service().title(), link.address().display(),
                link.address().email() != null, frame.dates().dateAndTime(link.draftExpiresAt()),
                JourneyPaths.page(serviceId, open.resumePage())));
        return "reporting/linkSent";
    }

    private static SaveForLaterPage page(OpenDraft open, LinkAddressForm form, FormErrors errors, boolean lastPageKept) {
        String serviceId = open.service().id();
        String action = JourneyPaths.page(serviceId, JourneyPaths.SAVE_FOR_LATER) + (lastPageKept ? "" : "?unsaved=true");
        return new SaveForLaterPage(open.service().title(), action, JourneyPaths.page(serviceId, open.resumePage()),
                form.sendBy(), form.email(), form.mobile(), errors, lastPageKept);
    }
}
