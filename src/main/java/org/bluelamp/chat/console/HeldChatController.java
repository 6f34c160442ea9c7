package org.bluelamp.chat.console;

import org.bluelamp.chat.ChatProperties;
import org.bluelamp.platform.Choice;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.reporting.ChatLogging;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.UUID;

/**
 * A chat's page for the handler who holds it: the conversation, a reply box with the force's standard replies,
 * handing it to another handler or to the BSL video relay, "Log this chat", and ending it with a reason. After it
 * ends, the same address shows the transcript, with logging and the reason still to give. Anyone else: 404.
 */
@Controller
class HeldChatController {

    private final ChatConsole console;
    private final StandardReplies replies;
    private final ChatProperties properties;
    private final ChatLogging logging;
    private final JsonMapper json;

    HeldChatController(ChatConsole console, StandardReplies replies, ChatProperties properties, ChatLogging logging,
                       JsonMapper json) {
        this.json = json;
        this.console = console;
        this.replies = replies;
        this.properties = properties;
        this.logging = logging;
    }

    /** The page; {@code reply} puts that standard reply (numbered from 1) in the box, to edit before sending. */
    @GetMapping("/staff/chat/{id:[0-9a-fA-F-]{36}}")
    String show(@PathVariable UUID id, @RequestParam(required = false) Integer reply, Authentication signedIn,
                Frame frame, Model model) {
        var typed = reply == null ? "" : replies.numbered(reply).map(StandardReplies.Reply::text).orElse("");
        return show(id, signedIn, typed, FormErrors.NONE, frame, model);
    }

    /**
     * A line: with the script it arrives by fetch (no page again, so nothing is read) and the live connection brings
     * it back; without, a form and the chat's page.
     */
    @PostMapping("/staff/chat/{id}/lines")
    Object say(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
               @RequestHeader(name = "X-Requested-With", required = false) String fetched, Authentication signedIn,
               Frame frame, Model model) {
        var me = held(id, signedIn);
        var problem = problemWith(text, frame);
        if (problem != null) {
            return fetched != null ? ResponseEntity.badRequest().body(problem.text())
                    : show(id, signedIn, text, FormErrors.of(problem), frame, model);
        }
        boolean said = console.reply(id, me, text.strip());
        if (fetched != null) {
            return said ? ResponseEntity.noContent().build() : ResponseEntity.status(HttpStatus.CONFLICT).build();
        }
        return said ? "redirect:/staff/chat/" + id + "#lines" : "redirect:/staff/chat/" + id;
    }

    @PostMapping("/staff/chat/{id}/transfer")
    String transfer(@PathVariable UUID id, @RequestParam(defaultValue = "") String to, Authentication signedIn,
                    Frame frame, Model model) {
        var me = held(id, signedIn);
        if (to.isBlank()) {
            return show(id, signedIn, "", FormErrors.of(new ErrorMessage("to", frame.t("chat.console.held.transfer.required"))),
                    frame, model);
        }
        return switch (console.handOn(id, me, to)) {
            case YES -> "redirect:/staff/chat?notice=transferred";
            case GONE -> "redirect:/staff/chat?notice=gone";
            case NOT_AVAILABLE -> show(id, signedIn, "", FormErrors.of(new ErrorMessage("to",
                    frame.t("chat.console.held.transfer.not-available"))), frame, model);
            case FULL -> show(id, signedIn, "", FormErrors.of(new ErrorMessage("to",
                    frame.t("chat.console.held.transfer.full", console.limit()))), frame, model);
        };
    }

    /** The person asked for BSL: they are told how to join the video relay's queue, and the chat ends. */
    @PostMapping("/staff/chat/{id}/bsl")
    String bsl(@PathVariable UUID id, Authentication signedIn, Frame frame) {
        var me = held(id, signedIn);
        var relay = ServletUriComponentsBuilder.fromCurrentContextPath().path("/bsl").toUriString();
        return console.toBslRelay(id, me, frame.t("chat.console.held.bsl.told", relay)) ? "redirect:/staff/chat?notice=bsl"
                : "redirect:/staff/chat/" + id;
    }

    @PostMapping("/staff/chat/{id}/end")
    String end(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Authentication signedIn,
               Frame frame, Model model) {
        ChatConsoleController.requireAnswers(signedIn);
        var chat = console.find(id, signedIn.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // "logged as a report" only once it has been
        var chosen = ChatCloseReason.chosen(reason)
                .filter(r -> r != ChatCloseReason.REPORTED || chat.reference() != null);
        if (chosen.isEmpty()) {
            return show(id, signedIn, "", FormErrors.of(new ErrorMessage("reason",
                    frame.t("chat.console.held.end.required"))), frame, model);
        }
        console.end(id, signedIn.getName(), chosen.get());
        return "redirect:/staff/chat/" + id;
    }

    /** "Log this chat": the call-logging screens, as a web chat, with the name and what it is about answered. */
    @PostMapping("/staff/chat/{id}/log")
    String log(@PathVariable UUID id, @RequestParam(defaultValue = "") String service, Authentication signedIn,
               Frame frame) {
        ChatConsoleController.requireAnswers(signedIn);
        if (signedIn.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals(
                Permission.SEE_OPEN_QUEUES.name()))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        var chat = console.find(id, signedIn.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (chat.reference() != null || chat.answeredAt() == null) {
            return "redirect:/staff/chat/" + id;
        }
        chat = console.forLogging(id, signedIn.getName()).orElse(null);
        if (chat == null) {
            return "redirect:/staff/chat/" + id;
        }
        return logging.start(service, chat.answeredAt(), signedIn.getName(), chat.id(), chat.name(), chat.about(),
                        frame)
                .map(path -> "redirect:" + path).orElse("redirect:/staff/chat/" + id);
    }

    private String show(UUID id, Authentication signedIn, String typed, FormErrors errors, Frame frame, Model model) {
        ChatConsoleController.requireAnswers(signedIn);
        var me = signedIn.getName();
        var conversation = console.read(id, me)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var chat = conversation.chat();
        var reasons = ChatCloseReason.offered().stream()
                .filter(r -> r != ChatCloseReason.REPORTED || chat.reference() != null)
                .map(r -> Choice.of(r.code(), frame.t("chat.console.close." + r.code()))).toList();
        if (!chat.live()) {
            var reason = conversation.closedReason();
            model.addAttribute("page", new ChatConsolePages.Ended(chat, conversation.lines(),
                    reason == null ? null : "chat.console.close." + reason.code(), reasons, logging.services(), errors));
            return "chat/console/ended";
        }
        var colleagues = console.colleagues(me).stream()
                .map(c -> Choice.of(c.member().username(), frame.t("chat.console.held.transfer.colleague",
                        c.member().displayName(), c.holding(), console.limit()))).toList();
        model.addAttribute("page", new ChatConsolePages.Held(chat, conversation.lines(),
                replies.standardReplies().stream().map(StandardReplies.Reply::title).toList(),
                json.writeValueAsString(replies.standardReplies().stream().map(StandardReplies.Reply::text).toList()),
                typed, colleagues,
                reasons, logging.services(), errors, properties.longestLine()));
        return "chat/console/held";
    }

    /** The signed-in handler, if they hold this chat; to anyone else it does not exist. */
    private String held(UUID id, Authentication signedIn) {
        ChatConsoleController.requireAnswers(signedIn);
        var me = signedIn.getName();
        return console.find(id, me).filter(chat -> chat.heldBy(me)).map(chat -> me)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ErrorMessage problemWith(String text, Frame frame) {
        if (text.isBlank()) {
            return new ErrorMessage("text", frame.t("chat.console.held.reply.required"));
        }
        if (text.strip().length() > properties.longestLine()) {
            return new ErrorMessage("text", frame.t("chat.console.held.reply.too-long", properties.longestLine()));
        }
        return null;
    }
}
