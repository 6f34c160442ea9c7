package org.bluelamp.chat.console;

import org.bluelamp.chat.TodaysChatLevels;
import org.bluelamp.staff.Permission;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;
import java.util.UUID;

/**
 * The chat console: the queue with possible emergencies first, then oldest first, each with its wait; Answer, within
 * the number of chats a handler holds at once; and the chats this handler holds. Supervisors see it without acting.
 */
@Controller
class ChatConsoleController {

    /** What the console says after an action, by the {@code notice} the action redirects with. */
    private static final Map<String, String> NOTICES = Map.of(
            "taken", "chat.console.notice.taken",
            "full", "chat.console.notice.full",
            "transferred", "chat.console.notice.transferred",
            "bsl", "chat.console.notice.bsl",
            "gone", "chat.console.notice.gone");

    private final ChatConsole console;
    private final TodaysChatLevels levels;

    ChatConsoleController(ChatConsole console, TodaysChatLevels levels) {
        this.console = console;
        this.levels = levels;
    }

    @GetMapping("/staff/chat")
    String console(@RequestParam(required = false) String notice, Authentication signedIn,
                   Model model) {
        var queue = console.queue(signedIn.getName());
        model.addAttribute("page", new ChatConsolePages.Console(queue.waiting(), queue.mine(), answers(signedIn),
                console.limit(), notice == null ? null : NOTICES.get(notice), console.now(), levels.today()));
        return "chat/console/queue";
    }

    @PostMapping("/staff/chat/{id}/answer")
    String answer(@PathVariable UUID id, Authentication signedIn) {
        requireAnswers(signedIn);
        return switch (console.answer(id, signedIn.getName())) {
            case ANSWERED -> "redirect:/staff/chat/" + id;
            case TAKEN -> "redirect:/staff/chat?notice=taken";
            case FULL -> "redirect:/staff/chat?notice=full";
        };
    }

    /** Whether this member of staff answers chats: handlers do; supervisors watch. */
    static boolean answers(Authentication signedIn) {
        return signedIn.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Permission.WEB_CHATS.name()));
    }

    static void requireAnswers(Authentication signedIn) {
        if (!answers(signedIn)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
