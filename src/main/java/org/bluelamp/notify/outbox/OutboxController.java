package org.bluelamp.notify.outbox;

import org.bluelamp.notify.MessageTemplates;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Optional;
import java.util.UUID;

/**
 * Every message to the public and what became of it, for staff who see the open queues, manage accounts or answer
 * data requests (set in staff.SecurityConfiguration): who it went to (masked), its kind, when, and what became of it.
 * Its words only to those who may see what it is about, never a code or link ({@link OutboxEntries}); every look is
 * written to the access log, and a look at a report's message to its contact's timeline too.
 */
@Controller
class OutboxController {

    static final int PAGE_SIZE = 25;

    private final OutboxEntries entries;
    private final MessageTemplates templates;

    OutboxController(OutboxEntries entries, MessageTemplates templates) {
        this.entries = entries;
        this.templates = templates;
    }

    @GetMapping("/staff/outbox")
    String list(@RequestParam(required = false) String page, Authentication reader, Model model) {
        model.addAttribute("outbox", entries.page(pageNumber(page), PAGE_SIZE, reader.getName()));
        model.addAttribute("templates", templates);
        return "notify/outbox";
    }

    @GetMapping("/staff/outbox/{id}")
    String message(@PathVariable String id, Authentication reader, Model model) {
        model.addAttribute("message", parse(id).flatMap(found -> entries.read(found, reader.getName()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("templates", templates);
        return "notify/message";
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
