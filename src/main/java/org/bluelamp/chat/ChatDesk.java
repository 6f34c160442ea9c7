package org.bluelamp.chat;

import org.bluelamp.contact.emergency.PossibleEmergencyRules;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.SecretTokens;
import org.bluelamp.platform.WaitEstimate;
import org.bluelamp.platform.language.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The live chat's engine, for the person's pages and the handlers' console alike: a person joins the queue with a key
 * to that chat only; the oldest chat is answered first and only once; a handler holds the chats they answered until
 * they end or hand them on; every line is numbered in its chat and stored before anyone sees it; the person's lines
 * go through the possible-emergency rules; and everyone following a chat or watching the queue, on any instance,
 * hears at once what changed. No HTTP in here: callers check who may do what (the console, a handler's permission).
 */
@Service
public class ChatDesk {

    private final Chats chats;
    private final ChatSignals signals;
    private final ChatHours hours;
    private final ChatProperties properties;
    private final PossibleEmergencyRules rules;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ChatDesk(Chats chats, ChatSignals signals, ChatHours hours, ChatProperties properties,
             PossibleEmergencyRules rules, TransactionTemplate transaction, Clock clock) {
        this.chats = chats;
        this.signals = signals;
        this.hours = hours;
        this.properties = properties;
        this.rules = rules;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A new chat and the person's key to it. */
    public record NewChat(UUID id, String key) {
    }

    /** Where a waiting chat is in the queue (1 is next) and about how many minutes it may wait (never 0). */
    public record QueuePlace(int position, long minutes) {
    }

    /**
     * A new chat at the back of the queue, with the person's key to it; empty while the chat is closed. The name and
     * what it is about are checked by the caller (bounded: the public page checks them).
     */
    public Optional<NewChat> join(String name, String about, Language language) {
        var now = clock.instant();
        if (!hours.isOpen(now)) {
            return Optional.empty();
        }
        var key = SecretTokens.newToken();
        var id = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            chats.start(id, SecretTokens.hash(key), name == null || name.isBlank() ? null : name.strip(),
                    about.strip(), language, now);
            signals.publish(null, new ChatEvent.QueueChanged());
        });
        return Optional.of(new NewChat(id, key));
    }

    /** The chat this key opens, live or ended (so the person can read how it ended); empty for any other key. */
    public Optional<Chat> chatFor(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return chats.byKeyHash(SecretTokens.hash(key));
    }

    public Optional<Chat> find(UUID id) {
        return chats.find(id);
    }

    /** Whether the handler passed the chat to the BSL video relay, for the person's page after it ends. */
    boolean passedToBslRelay(UUID id) {
        return chats.passedToBslRelay(id);
    }

    /** The person's page is still there: a person who comes back within rejoin-within keeps their place. */
    public void heardFrom(UUID id) {
        chats.heardFrom(id, clock.instant());
    }

    public QueuePlace placeOf(UUID id) {
        int position = chats.positionOf(id);
        var now = clock.instant();
        var estimate = WaitEstimate.of(position, chats.handlersOnDuty(now) * properties.heldAtOnce(),
                chats.answeredNow(), usualLength(now));
        return new QueuePlace(position, estimate.minutes());
    }

    /** Every waiting chat's place, worked out together (for telling everyone waiting at once). */
    public Map<UUID, QueuePlace> queuePlaces() {
        var waiting = chats.waiting();
        var places = new HashMap<UUID, QueuePlace>();
        if (waiting.isEmpty()) {
            return places;
        }
        var now = clock.instant();
        int slots = chats.handlersOnDuty(now) * properties.heldAtOnce();
        int inProgress = chats.answeredNow();
        var usual = usualLength(now);
        for (int i = 0; i < waiting.size(); i++) {
            places.put(waiting.get(i).id(), new QueuePlace(i + 1,
                    WaitEstimate.of(i + 1, slots, inProgress, usual).minutes()));
        }
        return places;
    }

    /** The chats waiting, oldest first. */
    public List<Chat> waiting() {
        return chats.waiting();
    }

    /** The chats this handler holds (answered, not ended), the first answered first. */
    public List<Chat> heldBy(String handler) {
        return chats.heldBy(handler);
    }

    /**
     * Answers the oldest waiting chat for this handler; empty when none is waiting. Handlers pressing at the same
     * moment each get a different chat. Does not count what the handler already holds: the console checks
     * {@link ChatProperties#heldAtOnce()} against {@link #heldBy}.
     */
    public Optional<Chat> answerOldest(String handler) {
        return transaction.execute(status -> chats.answerOldest(handler, clock.instant()).map(this::answered));
    }

    /** How answering a chat went. */
    public enum Answering {
        ANSWERED,
        /** It is not waiting any more: another handler was quicker, or the person left. */
        TAKEN,
        /** The handler already holds as many chats as {@link ChatProperties#heldAtOnce()} allows. */
        FULL
    }

    /**
     * Answers this chat if the handler holds fewer than the chats they may hold at once, counting chats they are
     * answering at the same moment in another tab.
     */
    public Answering answer(UUID id, String handler) {
        return transaction.execute(status -> {
            chats.lockAnsweringBy(handler);
            if (chats.heldBy(handler).size() >= properties.heldAtOnce()) {
                return Answering.FULL;
            }
            return chats.answer(id, handler, clock.instant()).map(this::answered).isPresent()
                    ? Answering.ANSWERED : Answering.TAKEN;
        });
    }

    private Chat answered(Chat chat) {
        signals.publish(chat.id(), new ChatEvent.Answered());
        signals.publish(null, new ChatEvent.QueueChanged());
        return chat;
    }

    /** Hands a chat this handler holds to another handler; false if they no longer held it. */
    public boolean transfer(UUID id, String from, String to) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean moved = chats.transfer(id, from, to);
            if (moved) {
                signals.publish(id, new ChatEvent.Transferred(to));
                signals.publish(null, new ChatEvent.QueueChanged());
            }
            return moved;
        }));
    }

    /**
     * The person's line, stored and shown to everyone following the chat; empty if the chat has ended. The
     * possible-emergency rules run on it: a match marks the line and the chat with the words, at once.
     */
    public Optional<ChatLine> personSays(UUID id, String text) {
        var words = rules.scan(text).terms();
        return transaction.execute(status -> {
            var line = chats.addPersonLine(id, text, words, clock.instant());
            line.ifPresent(added -> {
                signals.publish(id, ChatEvent.Line.of(added));
                if (added.flagged()) {
                    // A flagged chat may still be waiting: the queue shows it at once.
                    signals.publish(null, new ChatEvent.QueueChanged());
                }
            });
            return line;
        });
    }

    /** The handler's line in a chat they hold; empty if they do not hold it (any more). */
    public Optional<ChatLine> handlerSays(UUID id, String handler, String text) {
        return transaction.execute(status -> {
            var line = chats.addHandlerLine(id, handler, text, clock.instant());
            line.ifPresent(added -> signals.publish(id, ChatEvent.Line.of(added)));
            return line;
        });
    }

    /** Someone in the chat is typing: told to the others at once, not stored. */
    public void typing(UUID id, Speaker who) {
        signals.publish(id, new ChatEvent.Typing(who.code()));
    }

    /** The chat's lines after this sequence number (0 for all), in order. */
    public List<ChatLine> linesAfter(UUID id, int seq) {
        return chats.linesAfter(id, Math.max(0, seq));
    }

    /** The person ends their chat (a waiting chat is then abandoned); false if it had already ended. */
    public boolean personEnds(UUID id) {
        return end(id, ChatEndReason.PERSON_ENDED);
    }

    /** The handler ends a chat they hold; false if they did not hold it (any more). */
    public boolean handlerEnds(UUID id, String handler) {
        return transaction.execute(status -> chats.endHeld(id, handler, clock.instant()).map(this::ended))
                .isPresent();
    }

    /** The person left the site: a live chat ends as theirs to leave, and their key opens it no more. */
    public void personLeftSite(Chat chat) {
        if (chat.live()) {
            end(chat.id(), ChatEndReason.PERSON_LEFT_SITE);
        }
        chats.forgetKey(chat.id());
    }

    private boolean end(UUID id, ChatEndReason reason) {
        return transaction.execute(status -> chats.end(id, reason, clock.instant()).map(this::ended)).isPresent();
    }

    private Chat ended(Chat chat) {
        signals.publish(chat.id(), new ChatEvent.Ended(chat.endReason().code()));
        signals.publish(null, new ChatEvent.QueueChanged());
        return chat;
    }

    /**
     * Ends, as dropped, every chat whose person has been away longer than they may be: rejoin-within for a waiting
     * chat, answered-idle-limit for an answered one; how many.
     */
    public int endQuietChats() {
        var now = clock.instant();
        var ended = transaction.execute(status -> {
            var quiet = chats.endQuiet(now.minus(properties.rejoinWithin()),
                    now.minus(properties.answeredIdleLimit()), now);
            quiet.forEach(chat -> signals.publish(chat.id(), new ChatEvent.Ended(ChatEndReason.DROPPED.code())));
            if (!quiet.isEmpty()) {
                signals.publish(null, new ChatEvent.QueueChanged());
            }
            return quiet;
        });
        return ended.size();
    }

    /** The contact a handler logged the chat as. */
    public void linkReference(UUID id, String reference) {
        chats.linkReference(id, reference);
    }

    /** Follows one chat's events on this instance, from any instance, until the subscription is closed. */
    public ChatSubscription follow(UUID id, Consumer<ChatEvent> follower) {
        return signals.follow(id, follower);
    }

    /** Hears of every change to the queue (and of chats flagged, answered, moved or ended) until closed. */
    public ChatSubscription watchQueue(Consumer<ChatEvent> watcher) {
        return signals.watchQueue(watcher);
    }

    public boolean isOpen() {
        return hours.isOpen(clock.instant());
    }

    public Instant now() {
        return clock.instant();
    }

    private Duration usualLength(Instant now) {
        var dayStart = LocalDate.ofInstant(now, LondonTime.ZONE).atStartOfDay(LondonTime.ZONE).toInstant();
        var average = chats.averageLengthSince(dayStart);
        return average == null || average.isZero() ? properties.typicalLength() : average;
    }
}
