package org.bluelamp.relay;

import org.bluelamp.reporting.Reference;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.language.English;
import org.bluelamp.platform.SecretTokens;
import org.bluelamp.platform.WaitEstimate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The relay's rules for calls: a caller joins the queue with a key for that call only, the oldest call is answered
 * first and only once, a dropped caller may come back to the same call for a few minutes, and everyone in a call (and
 * every console watching the queue) hears at once what changed.
 */
@Service
class RelayDesk {

    private final RelayCalls calls;
    private final CallRooms rooms;
    private final RelayHours hours;
    private final RelayCallProperties properties;
    private final Clock clock;

    RelayDesk(RelayCalls calls, CallRooms rooms, RelayHours hours, RelayCallProperties properties, Clock clock) {
        this.calls = calls;
        this.rooms = rooms;
        this.hours = hours;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new call in the queue and the caller's key to it, or empty while the relay is closed. */
    Optional<NewCall> startCall() {
        var now = clock.instant();
        if (!hours.isOpen(now)) {
            return Optional.empty();
        }
        var token = SecretTokens.newToken();
        var id = UUID.randomUUID();
        calls.start(id, SecretTokens.hash(token), now);
        // Nobody ahead moves: only the consoles need to look again (the newcomer hears their place on connecting).
        rooms.tellConsoles(RelayMessage.Queue.changed());
        return Optional.of(new NewCall(id, token));
    }

    record NewCall(UUID id, String token) {
    }

    /** The call this key opens, while it is live or just ended (so the caller can read how it ended). */
    Optional<RelayCall> callFor(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return calls.byTokenHash(SecretTokens.hash(token));
    }

    Optional<RelayCall> find(UUID id) {
        return calls.find(id);
    }

    Optional<RelayCall> findByReference(Reference reference) {
        return calls.byReference(reference);
    }

    /** The caller's page is still there; a dropped caller who comes back within the time keeps their place. */
    void callerSeen(UUID id) {
        calls.callerSeen(id, clock.instant());
    }

    QueuePlace placeOf(UUID id) {
        int position = calls.positionOf(id);
        var estimate = WaitEstimate.of(position, rooms.consolesOpen(), calls.answeredNow(), usualLength());
        return new QueuePlace(position, estimate.minutes());
    }

    /** Where a waiting caller is in the queue (1 is next) and about how many minutes they may wait. */
    record QueuePlace(int position, long minutes) {
    }

    List<RelayCall> waiting() {
        return calls.waiting();
    }

    List<RelayCall> wantingHandler() {
        return calls.wantingHandler();
    }

    List<RelayCall> liveFor(String username) {
        return calls.liveFor(username);
    }

    /** Answers the call for this interpreter; false if someone else answered it first or the caller has gone. */
    boolean answer(UUID id, String interpreter) {
        if (!calls.answer(id, interpreter, clock.instant())) {
            return false;
        }
        rooms.send(id, CallRooms.CALLER, new RelayMessage.Answered());
        queueChanged();
        return true;
    }

    /** Ends the call for everyone in it. */
    void end(UUID id, EndReason reason) {
        if (calls.end(id, reason, clock.instant())) {
            rooms.sendToAll(id, new RelayMessage.Ended(reason.code()));
            rooms.closeRoom(id);
            queueChanged();
        }
    }

    /** The caller left the site: a live call ends as theirs to leave, and their key opens it no more. */
    void callerLeftSite(RelayCall call) {
        if (call.live()) {
            end(call.id(), EndReason.CALLER_LEFT);
        }
        calls.forgetCallerKey(call.id());
    }

    /** Ends, as dropped, every call whose caller has been away longer than they may be; how many. */
    int endDroppedCalls() {
        var now = clock.instant();
        var dropped = calls.endDropped(now.minus(properties.rejoinWithin()), now);
        dropped.forEach(id -> {
            rooms.sendToAll(id, new RelayMessage.Ended(EndReason.DROPPED.code()));
            rooms.closeRoom(id);
        });
        if (!dropped.isEmpty()) {
            queueChanged();
        }
        return dropped.size();
    }

    /** Stores a typed line and shows it to everyone in the call. */
    ChatLine say(UUID id, String sender, String body) {
        var line = calls.say(id, sender, body, clock.instant());
        rooms.sendToAll(id, new RelayMessage.Chat(sender, line.body(), English.untilLanguageIsStored().timeOfDay(line.sentAt())));
        return line;
    }

    List<ChatLine> lines(UUID id) {
        return calls.lines(id);
    }

    boolean askForHandler(UUID id, String interpreter) {
        boolean asked = calls.wantHandler(id, interpreter);
        if (asked) {
            rooms.tellConsoles(RelayMessage.Queue.changed());
        }
        return asked;
    }

    boolean joinAsHandler(UUID id, String handler) {
        boolean joined = calls.joinHandler(id, handler);
        if (joined) {
            rooms.tellConsoles(RelayMessage.Queue.changed());
        }
        return joined;
    }

    void saveNote(UUID id, String note) {
        calls.saveNote(id, note);
    }

    ServiceLevels serviceLevels() {
        var now = clock.instant();
        var dayStart = LocalDate.ofInstant(now, LondonTime.ZONE).atStartOfDay(LondonTime.ZONE).toInstant();
        return calls.serviceLevels(dayStart, properties.answerTarget(), now);
    }

    /** Tells each waiting caller connected here their new place, and the consoles to look again. */
    void queueChanged() {
        var waiting = calls.waiting();
        if (!waiting.isEmpty()) {
            int interpreters = rooms.consolesOpen();
            int inProgress = calls.answeredNow();
            var usual = usualLength();
            for (int i = 0; i < waiting.size(); i++) {
                rooms.send(waiting.get(i).id(), CallRooms.CALLER, RelayMessage.Queue.place(i + 1,
                        WaitEstimate.of(i + 1, interpreters, inProgress, usual).minutes()));
            }
        }
        rooms.tellConsoles(RelayMessage.Queue.changed());
    }

    Instant now() {
        return clock.instant();
    }

    private java.time.Duration usualLength() {
        var average = serviceLevels().averageLength();
        return average == null || average.isZero() ? properties.typicalLength() : average;
    }
}
