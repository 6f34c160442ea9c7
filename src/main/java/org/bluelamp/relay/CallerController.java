package org.bluelamp.relay;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.limits.Client;
import org.bluelamp.platform.limits.LimitedAction;
import org.bluelamp.platform.limits.RateLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;

/**
 * The Deaf caller's side: what the relay is, a camera check, the queue and the call. No account: starting a call
 * gives this browser a key to that one call.
 */
@Controller
class CallerController {

    static final int LONGEST_LINE = 1000;

    private final RelayDesk desk;
    private final RelayHours hours;
    private final RelayCallProperties properties;
    private final RelayPageProperties pageProperties;
    private final MediaPath media;
    private final JsonMapper json;
    private final RateLimits limits;

    CallerController(RelayDesk desk, RelayHours hours, RelayCallProperties properties,
                     RelayPageProperties pageProperties, MediaPath media, JsonMapper json, RateLimits limits) {
        this.limits = limits;
        this.desk = desk;
        this.hours = hours;
        this.properties = properties;
        this.pageProperties = pageProperties;
        this.media = media;
        this.json = json;
    }

    @GetMapping("/bsl")
    String start(Frame frame, Model model) {
        model.addAttribute("page", startPage(frame));
        return "relay/start";
    }

    /** The camera and microphone check, then joining the queue. */
    @GetMapping("/bsl/check")
    String check(Frame frame, Model model) {
        if (!hours.isOpen(desk.now())) {
            return "redirect:/bsl";
        }
        model.addAttribute("page", startPage(frame));
        return "relay/check";
    }

    /**
     * Joins the queue. A browser whose call is still live goes back to it rather than queueing twice; a client that
     * has started too many calls is told kindly when it can call again and is not queued.
     */
    @PostMapping("/bsl/call")
    String join(HttpServletRequest request, HttpServletResponse response) {
        if (callOf(request).filter(RelayCall::live).isPresent()) {
            return "redirect:/bsl/call";
        }
        if (hours.isOpen(desk.now())) {
            limits.take(LimitedAction.RELAY_CALL, Client.of(request));
        }
        var call = desk.startCall();
        if (call.isEmpty()) {
            return "redirect:/bsl";
        }
        CallerKey.give(call.get().token(), properties.callerKeyLifetime(), request, response);
        return "redirect:/bsl/call";
    }

    @GetMapping("/bsl/call")
    String call(Frame frame, HttpServletRequest request, Model model) {
        var call = callOf(request);
        if (call.isEmpty()) {
            return "redirect:/bsl";
        }
        return show(call.get(), "", FormErrors.NONE, frame, model);
    }

    /** A typed line: with the script it arrives by fetch and the page shows it when it comes back; without, a form. */
    @PostMapping("/bsl/call/messages")
    Object say(@RequestParam(defaultValue = "") String text, @RequestHeader(name = "X-Requested-With",
            required = false) String fetched, Frame frame, HttpServletRequest request, Model model) {
        var call = callOf(request).filter(RelayCall::live);
        if (call.isEmpty()) {
            return "redirect:/bsl/call";
        }
        var problem = problemWith(text, frame);
        if (problem.isPresent()) {
            if (fetched != null) {
                return ResponseEntity.badRequest().body(problem.get().text());
            }
            return show(call.get(), text, new FormErrors(List.of(problem.get())), frame, model);
        }
        desk.say(call.get().id(), CallRooms.CALLER, text.strip());
        return fetched != null ? ResponseEntity.noContent().build() : "redirect:/bsl/call#messages";
    }

    @PostMapping("/bsl/call/leave")
    String leave(HttpServletRequest request) {
        callOf(request).filter(RelayCall::live).ifPresent(call -> desk.end(call.id(), EndReason.CALLER_LEFT));
        return "redirect:/bsl/call";
    }

    /** A new call after one has ended: the old key is forgotten. */
    @PostMapping("/bsl/call/new")
    String again(HttpServletRequest request, HttpServletResponse response) {
        CallerKey.forget(request, response);
        return "redirect:/bsl/check";
    }

    static Optional<ErrorMessage> problemWith(String text, Frame frame) {
        if (text.isBlank()) {
            return Optional.of(new ErrorMessage("text", frame.t("relay.chat.required")));
        }
        if (text.strip().length() > LONGEST_LINE) {
            return Optional.of(new ErrorMessage("text", frame.t("relay.chat.too-long", LONGEST_LINE)));
        }
        return Optional.empty();
    }

    private String show(RelayCall call, String typed, FormErrors errors, Frame frame, Model model) {
        if (!call.live()) {
            model.addAttribute("page", new CallerPages.Ended(call.answeredAt() != null, call.dropped(),
                    hoursInWords(frame), hours.isOpen(desk.now()), call.reference()));
            return "relay/ended";
        }
        var place = call.status() == CallStatus.WAITING ? desk.placeOf(call.id()) : new RelayDesk.QueuePlace(0, 0);
        var settings = media.settingsFor(call.id(), CallRooms.CALLER);
        model.addAttribute("page", new CallerPages.Call(call.status() == CallStatus.ANSWERED, place.position(),
                place.minutes(), desk.lines(call.id()), typed, errors, json.writeValueAsString(settings.iceServers())));
        return "relay/call";
    }

    private Optional<RelayCall> callOf(HttpServletRequest request) {
        return CallerKey.read(request).flatMap(desk::callFor);
    }

    private CallerPages.Start startPage(Frame frame) {
        var opening = RelayOpening.at(hours, desk.now(), frame);
        return new CallerPages.Start(opening.open(), hoursInWords(frame), opening.nextOpens(),
                pageProperties.bslVideo(), pageProperties.bslVideoCaptions());
    }

    private String hoursInWords(Frame frame) {
        return frame.t("relay.hours", RelayOpening.at(hours, desk.now(), frame).hours());
    }
}
