package org.bluelamp.chat.console;

import org.bluelamp.chat.Chat;
import org.bluelamp.chat.ChatDesk;
import org.bluelamp.chat.ChatLine;
import org.bluelamp.chat.ChatProperties;
import org.bluelamp.chat.ChatRecordKind;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.staff.Permission;
import org.bluelamp.staff.StaffMember;
import org.bluelamp.staff.StaffMembers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a handler does on the chat console, through the chat engine ({@link ChatDesk}): the queue with flagged chats
 * first, answering within the number a handler may hold, a chat's conversation for the one who holds it, handing it
 * on, and ending it with a reason. Every read of a chat's personal data is written to the access log in its
 * transaction.
 */
@Service
class ChatConsole {

    /** How handing a chat on went. */
    enum HandedOn { YES, GONE, NOT_AVAILABLE, FULL }

    /** The console: the queue (flagged chats first, then oldest first) and the chats this handler holds. */
    record Queue(List<Chat> waiting, List<Chat> mine) {
    }

    /** A chat as its handler sees it. */
    record Conversation(Chat chat, List<ChatLine> lines, List<ChatHandovers.Handover> handovers,
                        ChatCloseReason closedReason) {
    }

    private final ChatDesk desk;
    private final ChatProperties properties;
    private final ChatHandovers handovers;
    private final StaffMembers staff;
    private final AccessLog accessLog;

    ChatConsole(ChatDesk desk, ChatProperties properties, ChatHandovers handovers, StaffMembers staff,
                AccessLog accessLog) {
        this.desk = desk;
        this.properties = properties;
        this.handovers = handovers;
        this.staff = staff;
        this.accessLog = accessLog;
    }

    java.time.Instant now() {
        return desk.now();
    }

    /** How many chats a handler holds at once. */
    int limit() {
        return properties.heldAtOnce();
    }

    @Transactional
    Queue queue(String me) {
        var waiting = desk.waiting().stream()
                .sorted(Comparator.comparing((Chat chat) -> !chat.flagged()).thenComparing(Chat::queuedAt)).toList();
        var mine = desk.heldBy(me);
        // the flagged words of a waiting chat and what my chats are about are the people's own words
        waiting.stream().filter(Chat::flagged).forEach(chat -> logRead(me, chat, "console"));
        mine.forEach(chat -> logRead(me, chat, "console"));
        return new Queue(waiting, mine);
    }

    ChatDesk.Answering answer(UUID id, String me) {
        return desk.answer(id, me);
    }

    /** The chat, live or ended, if this handler holds it or was the last to hold it; to anyone else nothing. */
    @Transactional
    Optional<Conversation> read(UUID id, String me) {
        return desk.find(id).filter(chat -> me.equals(chat.answeredBy())).map(chat -> {
            logRead(me, chat, "chat");
            return new Conversation(chat, desk.linesAfter(id, 0), handovers.of(id), handovers.closedReason(id));
        });
    }

    /** The chat, if this handler holds it or held it last: no personal data is shown from this alone. */
    Optional<Chat> find(UUID id, String me) {
        return desk.find(id).filter(chat -> me.equals(chat.answeredBy()));
    }

    /** The chat for "Log this chat", whose name and what it is about start the report: a read, so logged. */
    @Transactional
    Optional<Chat> forLogging(UUID id, String me) {
        return find(id, me).map(chat -> {
            logRead(me, chat, "log");
            return chat;
        });
    }

    boolean reply(UUID id, String me, String text) {
        return desk.handlerSays(id, me, text).isPresent();
    }

    /** Who this handler may hand a chat to: others signed in to take chats, each with how many they hold. */
    List<Colleague> colleagues(String me) {
        var others = staff.signedInWith(Permission.WEB_CHATS).stream().filter(m -> !m.username().equals(me)).toList();
        return others.stream().map(m -> new Colleague(m, desk.heldBy(m.username()).size())).toList();
    }

    record Colleague(StaffMember member, int holding) {
    }

    @Transactional
    HandedOn handOn(UUID id, String me, String to) {
        if (desk.find(id).filter(chat -> chat.heldBy(me)).isEmpty()) {
            return HandedOn.GONE;
        }
        var colleague = colleagues(me).stream().filter(c -> c.member().username().equals(to)).findFirst();
        if (colleague.isEmpty()) {
            return HandedOn.NOT_AVAILABLE;
        }
        if (colleague.get().holding() >= limit()) {
            return HandedOn.FULL;
        }
        if (!desk.transfer(id, me, to)) {
            return HandedOn.GONE;
        }
        handovers.add(id, desk.now(), me, to);
        return HandedOn.YES;
    }

    /** Tells the person how to join the BSL video relay's queue, notes it, and ends the chat. */
    @Transactional
    boolean toBslRelay(UUID id, String me, String told) {
        if (desk.handlerSays(id, me, told).isEmpty()) {
            return false;
        }
        handovers.add(id, desk.now(), me, null);
        handovers.closed(id, ChatCloseReason.BSL_RELAY);
        return desk.handlerEnds(id, me);
    }

    /**
     * Ends the chat this handler holds with a reason, or gives the reason for one already ended (the person left, or
     * it dropped) that they held last; false if it is not theirs or already has its reason.
     */
    @Transactional
    boolean end(UUID id, String me, ChatCloseReason reason) {
        var chat = desk.find(id).filter(found -> me.equals(found.answeredBy()));
        if (chat.isEmpty() || handovers.closedReason(id) != null) {
            return false;
        }
        if (chat.get().live() && !desk.handlerEnds(id, me)) {
            return false;
        }
        handovers.closed(id, reason);
        return true;
    }

    private void logRead(String me, Chat chat, String page) {
        accessLog.read(staff.accessorOf(me), ChatRecordKind.WEB_CHAT,
                chat.reference() != null ? chat.reference() : chat.id().toString(),
                Map.of("page", page, "chat", chat.id().toString()));
    }
}
