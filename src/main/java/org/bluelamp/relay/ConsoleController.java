package org.bluelamp.relay;

import org.bluelamp.chat.TodaysChatLevels;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.reporting.RelayCallLogging;
import org.bluelamp.staff.Permission;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.UUID;

/**
 * The interpreter's console and the handler's view of a call: answer the oldest call, talk, type, bring in a contact
 * handler, end with a note; the handler logs the call as a contact on the usual call-logging screens.
 */
@Controller
class ConsoleController {

    static final int LONGEST_NOTE = 2000;

    private final RelayDesk desk;
    private final RelayRecordings recordings;
    private final RelayCallLogging logging;
    private final MediaPath media;
    private final JsonMapper json;
    private final TodaysChatLevels chatLevels;

    ConsoleController(RelayDesk desk, RelayRecordings recordings, RelayCallLogging logging, MediaPath media,
                      JsonMapper json, TodaysChatLevels chatLevels) {
        this.chatLevels = chatLevels;
        this.desk = desk;
        this.recordings = recordings;
        this.logging = logging;
        this.media = media;
        this.json = json;
    }

    @GetMapping("/staff/relay")
    String console(@RequestParam(required = false) String notice, Authentication signedIn, Model model) {
        var me = signedIn.getName();
        model.addAttribute("page", new ConsolePages.Console(desk.serviceLevels(), desk.liveFor(me), desk.waiting(),
                desk.wantingHandler(), takesCalls(signedIn), "taken".equals(notice) ? "relay.console.taken" : null,
                desk.now(), chatLevels.visibleTo(signedIn).orElse(null)));
        return "relay/console";
    }

    @PostMapping("/staff/relay/calls/{id}/answer")
    String answer(@PathVariable UUID id, Authentication signedIn) {
        requireTakesCalls(signedIn);
        return desk.answer(id, signedIn.getName()) ? "redirect:/staff/relay/calls/" + id
                : "redirect:/staff/relay?notice=taken";
    }

    @GetMapping("/staff/relay/calls/{id}")
    String call(@PathVariable UUID id, Authentication signedIn, Model model) {
        var call = callFor(id, signedIn);
        return show(call, signedIn, "", FormErrors.NONE, model);
    }

    @PostMapping("/staff/relay/calls/{id}/messages")
    Object say(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
               @RequestHeader(name = "X-Requested-With", required = false) String fetched, Frame frame,
               Authentication signedIn, Model model) {
        var call = callFor(id, signedIn);
        if (!call.live()) {
            return "redirect:/staff/relay/calls/" + id;
        }
        var problem = CallerController.problemWith(text, frame);
        if (problem.isPresent()) {
            return fetched != null ? ResponseEntity.badRequest().body(problem.get().text())
                    : show(call, signedIn, text, new FormErrors(List.of(problem.get())), model);
        }
        desk.say(id, roleIn(call, signedIn.getName()), text.strip());
        return fetched != null ? ResponseEntity.noContent().build() : "redirect:/staff/relay/calls/" + id + "#messages";
    }

    @PostMapping("/staff/relay/calls/{id}/handler")
    String askForHandler(@PathVariable UUID id, Authentication signedIn) {
        desk.askForHandler(callFor(id, signedIn).id(), signedIn.getName());
        return "redirect:/staff/relay/calls/" + id;
    }

    @PostMapping("/staff/relay/calls/{id}/join")
    String join(@PathVariable UUID id, Authentication signedIn) {
        requireTakesCalls(signedIn);
        return desk.joinAsHandler(id, signedIn.getName()) ? "redirect:/staff/relay/calls/" + id
                : "redirect:/staff/relay?notice=taken";
    }

    @PostMapping("/staff/relay/calls/{id}/end")
    String end(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, Frame frame,
               Authentication signedIn, Model model) {
        var call = callFor(id, signedIn);
        if (!signedIn.getName().equals(call.interpreter())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (note.strip().length() > LONGEST_NOTE) {
            return show(call, signedIn, "", new FormErrors(List.of(new ErrorMessage("note",
                    frame.t("relay.note.too-long", LONGEST_NOTE)))), model);
        }
        if (!note.isBlank()) {
            desk.saveNote(id, note.strip());
        }
        desk.end(id, EndReason.INTERPRETER_ENDED);
        return "redirect:/staff/relay/calls/" + id;
    }

    /** The note can be written or corrected after the call too. */
    @PostMapping("/staff/relay/calls/{id}/note")
    String note(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, Authentication signedIn) {
        var call = callFor(id, signedIn);
        if (signedIn.getName().equals(call.interpreter()) && note.strip().length() <= LONGEST_NOTE) {
            desk.saveNote(id, note.strip());
        }
        return "redirect:/staff/relay/calls/" + id;
    }

    /** The handler logs the call on the usual call-logging screens, as a video relay call with its interpreter. */
    @PostMapping("/staff/relay/calls/{id}/log")
    String log(@PathVariable UUID id, @RequestParam(defaultValue = "") String service, Authentication signedIn) {
        var call = callFor(id, signedIn);
        if (!signedIn.getName().equals(call.handler()) || call.answeredAt() == null
                || !signedIn.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(
                Permission.SEE_OPEN_QUEUES.name()))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return logging.start(service, call.answeredAt(), signedIn.getName(), call.interpreter(), call.id())
                .map(path -> "redirect:" + path)
                .orElse("redirect:/staff/relay/calls/" + id + "?choose-service");
    }

    private String show(RelayCall call, Authentication signedIn, String typed, FormErrors errors, Model model) {
        var me = signedIn.getName();
        if (!call.live()) {
            model.addAttribute("page", new ConsolePages.Ended(call, desk.lines(call.id()),
                    recordings.has(call.id()), me.equals(call.handler()) && call.reference() == null,
                    logging.services(), desk.now()));
            return "relay/consoleEnded";
        }
        var role = roleIn(call, me);
        model.addAttribute("page", new ConsolePages.Call(call, role, desk.lines(call.id()),
                json.writeValueAsString(media.settingsFor(call.id(), role)), logging.services(), typed, errors,
                desk.now()));
        return "relay/consoleCall";
    }

    /** The call, if this person is in it; to anyone else it does not exist. */
    private RelayCall callFor(UUID id, Authentication signedIn) {
        return desk.find(id).filter(call -> call.hasStaff(signedIn.getName()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String roleIn(RelayCall call, String me) {
        return me.equals(call.interpreter()) ? CallRooms.INTERPRETER : CallRooms.HANDLER;
    }

    static boolean takesCalls(Authentication signedIn) {
        return signedIn.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Permission.RELAY_CALLS.name()));
    }

    private static void requireTakesCalls(Authentication signedIn) {
        if (!takesCalls(signedIn)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
