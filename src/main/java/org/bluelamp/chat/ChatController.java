package org.bluelamp.chat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.limits.Client;
import org.bluelamp.platform.limits.LimitedAction;
import org.bluelamp.platform.limits.RateLimits;
import org.bluelamp.platform.limits.Recipient;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The person's side of 101 live chat: what it is and when it is open, the emergency check every journey starts with,
 * a name (optional) and what it is about, the queue and the conversation. No account: joining gives this browser a
 * key to that one chat. Everything works without JavaScript; with it, the page is kept up to date over a socket.
 */
@Controller
class ChatController {

    static final int LONGEST_NAME = 100;
    static final int LONGEST_ABOUT = 200;
    /** Seconds between the page asking again without JavaScript, in the queue and while awaiting a reply. */
    /** Lines in one chat, so that one client cannot fill the database through a chat nobody has answered. */
    static final int MOST_LINES = 400;
    static final int REFRESH_WAITING = 15;
    static final int REFRESH_REPLY = 10;
    /** The longest email address there can be. */
    static final int LONGEST_EMAIL = 254;

    private final ChatDesk desk;
    private final ChatHours hours;
    private final ChatProperties properties;
    private final RateLimits limits;
    private final ChatCopies copies;

    ChatController(ChatDesk desk, ChatHours hours, ChatProperties properties, RateLimits limits, ChatCopies copies) {
        this.copies = copies;
        this.desk = desk;
        this.hours = hours;
        this.properties = properties;
        this.limits = limits;
    }

    /** A browser whose chat is still going goes back to it. */
    @GetMapping("/chat")
    String start(Frame frame, HttpServletRequest request, Model model) {
        if (chatOf(request).filter(Chat::live).isPresent()) {
            return "redirect:/chat/now";
        }
        model.addAttribute("page", startPage(frame));
        return "chat/start";
    }

    @GetMapping("/chat/emergency")
    String emergency(Frame frame, Model model) {
        if (!desk.isOpen()) {
            return "redirect:/chat";
        }
        model.addAttribute("errors", FormErrors.NONE);
        return "chat/emergency";
    }

    @PostMapping("/chat/emergency")
    String emergencyAnswer(@RequestParam(defaultValue = "") String emergency, Frame frame, Model model) {
        return switch (emergency) {
            case "yes" -> "redirect:/chat/call-999";
            case "no" -> "redirect:/chat/about";
            default -> {
                model.addAttribute("errors", FormErrors.of(new ErrorMessage("emergency",
                        frame.t("start.emergency.required"))));
                yield "chat/emergency";
            }
        };
    }

    @GetMapping("/chat/call-999")
    String call999() {
        return "chat/call999";
    }

    @GetMapping("/chat/about")
    String about(HttpServletRequest request, Model model) {
        if (chatOf(request).filter(Chat::live).isPresent()) {
            return "redirect:/chat/now";
        }
        if (!desk.isOpen()) {
            return "redirect:/chat";
        }
        model.addAttribute("page", new ChatPages.About("", "", LONGEST_NAME, LONGEST_ABOUT, FormErrors.NONE));
        return "chat/about";
    }

    /**
     * Joins the queue. A browser whose chat is still live goes back to it rather than queueing twice; a client that
     * has joined too many times is told kindly when it can try again and is not queued.
     */
    @PostMapping("/chat/join")
    String join(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String about,
                Frame frame, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (chatOf(request).filter(Chat::live).isPresent()) {
            return "redirect:/chat/now";
        }
        if (!desk.isOpen()) {
            return "redirect:/chat";
        }
        var problems = new ArrayList<ErrorMessage>();
        if (name.strip().length() > LONGEST_NAME) {
            problems.add(new ErrorMessage("name", frame.t("chat.about.name.too-long", LONGEST_NAME)));
        }
        if (about.isBlank()) {
            problems.add(new ErrorMessage("about", frame.t("chat.about.about.required")));
        } else if (about.strip().length() > LONGEST_ABOUT) {
            problems.add(new ErrorMessage("about", frame.t("chat.about.about.too-long", LONGEST_ABOUT)));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("page", new ChatPages.About(name, about, LONGEST_NAME, LONGEST_ABOUT,
                    new FormErrors(problems)));
            return "chat/about";
        }
        limits.take(LimitedAction.CHAT_JOIN, Client.of(request));
        var chat = desk.join(name, oneLine(about), frame.language());
        if (chat.isEmpty()) {
            return "redirect:/chat";
        }
        ChatKey.give(chat.get().key(), properties.keyLifetime(), request, response);
        // What it is about is their first line: the handler reads it first, and the rules run on it.
        desk.personSays(chat.get().id(), oneLine(about));
        return "redirect:/chat/now";
    }

    @GetMapping("/chat/now")
    String now(Frame frame, HttpServletRequest request, Model model) {
        var chat = chatOf(request);
        if (chat.isEmpty()) {
            return "redirect:/chat";
        }
        if (chat.get().live()) {
            desk.heardFrom(chat.get().id());
        }
        return show(chat.get(), "", FormErrors.NONE, frame, model);
    }

    /** The lines after a number, for the script after a dropped connection: what the live connection would have said. */
    @GetMapping(path = "/chat/now/lines", produces = "application/json")
    ResponseEntity<List<Map<String, Object>>> linesAfter(@RequestParam(defaultValue = "0") int after, Frame frame,
                                                         HttpServletRequest request) {
        var chat = chatOf(request);
        if (chat.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var dates = frame.dates();
        return ResponseEntity.ok(desk.linesAfter(chat.get().id(), after).stream()
                .map(line -> Map.<String, Object>of("seq", line.seq(), "from", line.speaker().code(),
                        "text", line.text(), "time", dates.timeOfDay(line.at()), "flagged", line.flagged()))
                .toList());
    }

    /** A line: with the script it arrives by fetch and the socket brings it back; without, a form. */
    @PostMapping("/chat/now/lines")
    Object say(@RequestParam(defaultValue = "") String text, @RequestHeader(name = "X-Requested-With",
            required = false) String fetched, Frame frame, HttpServletRequest request, Model model) {
        var chat = chatOf(request).filter(Chat::live);
        if (chat.isEmpty()) {
            return fetched != null ? ResponseEntity.status(409).build() : "redirect:/chat/now";
        }
        var problem = chat.get().lastSeq() >= MOST_LINES
                ? Optional.of(new ErrorMessage("text", frame.t("chat.line.too-many", MOST_LINES)))
                : problemWith(text, frame);
        if (problem.isPresent()) {
            if (fetched != null) {
                return ResponseEntity.badRequest().body(problem.get().text());
            }
            return show(chat.get(), text, FormErrors.of(problem.get()), frame, model);
        }
        desk.personSays(chat.get().id(), text.strip());
        return fetched != null ? ResponseEntity.noContent().build() : "redirect:/chat/now#latest";
    }

    @PostMapping("/chat/now/end")
    String end(HttpServletRequest request) {
        chatOf(request).filter(Chat::live).ifPresent(chat -> desk.personEnds(chat.id()));
        return "redirect:/chat/now";
    }

    /** A new chat after one has ended: the old key is forgotten. */
    @PostMapping("/chat/new")
    String again(HttpServletRequest request, HttpServletResponse response) {
        if (chatOf(request).filter(Chat::live).isPresent()) {
            return "redirect:/chat/now";
        }
        ChatKey.forget(request, response);
        return "redirect:/chat";
    }

    /**
     * "Email me a copy of this chat", only for an ended chat a handler answered, from the browser whose key opens it
     * (after the quick exit nothing does); once per chat.
     */
    @GetMapping("/chat/copy")
    String copy(HttpServletRequest request, Model model) {
        var chat = chatOf(request).filter(Chat::copyOffered);
        if (chat.isEmpty()) {
            return "redirect:/chat";
        }
        if (chat.get().copySentAt() != null) {
            model.addAttribute("page", new ChatPages.CopySent(true));
            return "chat/copySent";
        }
        model.addAttribute("page", new ChatPages.Copy("", LONGEST_EMAIL, FormErrors.NONE));
        return "chat/copy";
    }

    /** Sends the copy to the address typed, through the outbox; a client asking too often is told when to try again. */
    @PostMapping("/chat/copy")
    String sendCopy(@RequestParam(defaultValue = "") String email, Frame frame, HttpServletRequest request,
                    Model model) {
        var chat = chatOf(request).filter(Chat::copyOffered);
        if (chat.isEmpty()) {
            return "redirect:/chat";
        }
        if (chat.get().copySentAt() != null) {
            model.addAttribute("page", new ChatPages.CopySent(true));
            return "chat/copySent";
        }
        var typed = email.strip();
        var address = typed.length() > LONGEST_EMAIL ? Optional.<EmailAddress>empty() : EmailAddress.parse(typed);
        if (address.isEmpty()) {
            var problem = new ErrorMessage("email", frame.t(typed.isEmpty() ? "later.email.required"
                    : "later.email.format"));
            model.addAttribute("page", new ChatPages.Copy(email, LONGEST_EMAIL, FormErrors.of(problem)));
            return "chat/copy";
        }
        limits.take(LimitedAction.CHAT_COPY, Client.of(request), Recipient.of(address.get()));
        if (!copies.ask(chat.get(), address.get())) {
            model.addAttribute("page", new ChatPages.CopySent(true));
            return "chat/copySent";
        }
        return "redirect:/chat/copy/sent";
    }

    @GetMapping("/chat/copy/sent")
    String copySent(HttpServletRequest request, Model model) {
        var chat = chatOf(request).filter(Chat::copyOffered);
        if (chat.isEmpty()) {
            return "redirect:/chat";
        }
        if (chat.get().copySentAt() == null) {
            return "redirect:/chat/copy";
        }
        model.addAttribute("page", new ChatPages.CopySent(false));
        return "chat/copySent";
    }

    private Optional<ErrorMessage> problemWith(String text, Frame frame) {
        if (text.isBlank()) {
            return Optional.of(new ErrorMessage("text", frame.t("chat.line.required")));
        }
        if (text.strip().length() > properties.longestLine()) {
            return Optional.of(new ErrorMessage("text", frame.t("chat.line.too-long", properties.longestLine())));
        }
        return Optional.empty();
    }

    private String show(Chat chat, String typed, FormErrors errors, Frame frame, Model model) {
        if (!chat.live()) {
            model.addAttribute("page", new ChatPages.Ended(chat.answeredAt() != null,
                    chat.endReason() == ChatEndReason.DROPPED, desk.isOpen(), chat.reference(), chat.copyOffered(),
                    chat.copySentAt() != null, desk.passedToBslRelay(chat.id())));
            return "chat/ended";
        }
        var lines = desk.linesAfter(chat.id(), 0);
        boolean answered = chat.status() == ChatStatus.ANSWERED;
        var place = answered ? new ChatDesk.QueuePlace(0, 0) : desk.placeOf(chat.id());
        // Without the script the page asks again while nothing is expected of the person, and not while they may
        // be typing a reply (a refresh would lose it).
        boolean awaitingReply = lines.isEmpty() || lines.getLast().speaker() == Speaker.PERSON;
        int refresh = !answered ? REFRESH_WAITING : awaitingReply && typed.isEmpty() && errors.isEmpty()
                ? REFRESH_REPLY : 0;
        model.addAttribute("page", new ChatPages.Conversation(answered, place.position(), place.minutes(), lines,
                typed, properties.longestLine(), chat.flagged(), refresh, properties.rejoinWithin().toMinutes(), errors));
        return "chat/conversation";
    }

    private Optional<Chat> chatOf(HttpServletRequest request) {
        return ChatKey.read(request).flatMap(desk::chatFor);
    }

    private ChatPages.Start startPage(Frame frame) {
        var now = desk.now();
        var dates = frame.dates();
        String inWords = hours.allDay() ? frame.t("chat.hours.all-day")
                : frame.t("chat.hours", dates.timeOfDay(hours.opens()), dates.timeOfDay(hours.closes()));
        if (hours.isOpen(now)) {
            return new ChatPages.Start(true, inWords, null);
        }
        var opens = hours.nextOpening(now).atZone(LondonTime.ZONE);
        boolean today = opens.toLocalDate().equals(LocalDate.ofInstant(now, LondonTime.ZONE));
        return new ChatPages.Start(false, inWords, frame.t(today ? "relay.opening.today" : "relay.opening.tomorrow",
                dates.timeOfDay(opens.toLocalTime())));
    }

    /** What it is about is one sentence: line breaks typed into it become spaces. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

}
