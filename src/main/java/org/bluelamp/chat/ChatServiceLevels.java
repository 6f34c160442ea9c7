package org.bluelamp.chat;

import java.time.Duration;
import java.util.List;

/**
 * How 101 live chat is doing today (UK time), as the relay's levels are shown: the queue now, and of today's chats
 * how many were answered, how many within the target ({@code bluelamp.chat.answer-target}, 60 seconds; the aim is
 * 80 % or more), how many people left before an answer, how long answered chats lasted, and each handler's day.
 *
 * @param averageLength null until an answered chat has ended today
 * @param handlers      each handler who answered a chat today, by name
 */
public record ChatServiceLevels(int waiting, Duration longestWait, int answered, int answeredInTime, int abandoned,
                                Duration averageLength, Duration answerTarget, List<HandlerDay> handlers) {

    /** At least this share of chats offered should be answered within the target, as for the relay. */
    public static final int AIM_PERCENT = 80;

    public ChatServiceLevels {
        handlers = List.copyOf(handlers);
    }

    /** The share of chats answered within the target of those offered (answered or abandoned); null before any. */
    public Integer percentAnsweredInTime() {
        int offered = answered + abandoned;
        return offered == 0 ? null : (int) Math.floor(100.0 * answeredInTime / offered);
    }

    public boolean meetsAim() {
        var percent = percentAnsweredInTime();
        return percent == null || percent >= AIM_PERCENT;
    }

    /**
     * One handler's chats today: those they answered or were handed and held last.
     *
     * @param displayName   their name as staff know it (the username of an account since removed)
     * @param averageLength of those that have ended; null while none has
     */
    public record HandlerDay(String displayName, int chats, Duration averageLength) {
    }
}
