package org.bluelamp.relay.message;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.reporting.Reference;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;

/**
 * The interpreters' queue of BSL video messages ({@code RELAY_CALLS}): the list, oldest first; one message to play
 * and translate; the video itself, streamed whole from the file store.
 */
@Controller
class MessageQueueController {

    static final int LONGEST_TRANSLATION = 10_000;
    private static final String QUEUE = "/staff/relay/messages";

    private final VideoMessages messages;
    private final Interpreting interpreting;
    private final Clock clock;

    MessageQueueController(VideoMessages messages, Interpreting interpreting, Clock clock) {
        this.messages = messages;
        this.interpreting = interpreting;
        this.clock = clock;
    }

    @GetMapping(QUEUE)
    String queue(@RequestParam(required = false) String translated, Frame frame, Model model) {
        var shownAsDone = Reference.parse(translated == null ? "" : translated).orElse(null);
        model.addAttribute("page", MessageQueuePage.of(messages.waiting(), messages.waitingCount(), shownAsDone,
                clock.instant(), frame));
        return "relay/message/queue";
    }

    @GetMapping(QUEUE + "/{reference}")
    String message(@PathVariable String reference, Frame frame, Model model) {
        return show(find(reference), "", FormErrors.NONE, frame, model);
    }

    /**
     * The video, whole, with no ranges: each request is one playback, recorded on the contact's timeline. The browser
     * is told not to guess the type, nor to keep a copy.
     */
    @GetMapping(QUEUE + "/{reference}/video")
    ResponseEntity<InputStreamResource> video(@PathVariable String reference, Authentication signedIn) {
        var file = interpreting.play(find(reference).reference(), signedIn.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().mediaType()))
                .contentLength(file.attachment().size())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(file.content()));
    }

    @PostMapping(QUEUE + "/{reference}/translation")
    String translate(@PathVariable String reference, @RequestParam(defaultValue = "") String translation,
                     Authentication signedIn, Frame frame, Model model) {
        var message = find(reference);
        String text = translation.replace("\r\n", "\n").replace('\r', '\n').strip();
        String problem = text.isEmpty() ? "relay.message.translation.required"
                : text.length() > LONGEST_TRANSLATION ? "relay.message.translation.too-long" : null;
        if (problem != null) {
            return show(message, translation,
                    FormErrors.of(new ErrorMessage("translation", frame.t(problem, LONGEST_TRANSLATION))), frame, model);
        }
        try {
            var saved = interpreting.translate(message.reference(), signedIn.getName(), text);
            if (saved == Interpreting.Saved.ALREADY_TRANSLATED) {
                return show(interpreting.message(message.reference()).orElse(message), translation,
                        FormErrors.of(new ErrorMessage("translation", frame.t("relay.message.translation.already"))),
                        frame, model);
            }
        } catch (Interpreting.ContactNotOpenYet e) {
            return show(message, translation,
                    FormErrors.of(new ErrorMessage("translation", frame.t("relay.message.translation.not-open"))),
                    frame, model);
        }
        return "redirect:" + QUEUE + "?translated=" + message.reference();
    }

    private VideoMessage find(String reference) {
        return Reference.parse(reference).flatMap(interpreting::message)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String show(VideoMessage message, String translation, FormErrors errors, Frame frame, Model model) {
        var now = clock.instant();
        model.addAttribute("page", new MessagePage(message, frame.dates().dateAndTime(message.receivedAt()),
                WaitingTime.describe(message.waitedUntil(message.waiting() ? now : message.translatedAt()), frame),
                message.waiting() ? null : frame.dates().dateAndTime(message.translatedAt()), translation, errors,
                LONGEST_TRANSLATION, interpreting.videoScan(message)));
        return "relay/message/message";
    }
}
