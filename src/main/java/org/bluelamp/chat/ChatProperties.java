package org.bluelamp.chat;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How chats are run ({@code bluelamp.chat}).
 *
 * @param rejoinWithin   how long a person whose page went quiet (a dropped connection, a closed tab) keeps their place
 *                       or their chat to come back to
 * @param longestLine    the most characters in one line, for the person and handlers alike
 * @param typicalLength  how long a chat takes, for the estimated wait before today has figures
 * @param heldAtOnce     how many chats a handler holds at once
 * @param keyLifetime    how long the person's browser keeps the key to its chat
 * @param answeredIdleLimit how long an answered chat may go without a word from the person's page before it ends
 *                       (longer than rejoin-within: without JavaScript, the page is quiet while they type)
 * @param answerTarget   the service level: chats answered within this of joining the queue (the aim is 80 %)
 */
@ConfigurationProperties("bluelamp.chat")
public record ChatProperties(Duration rejoinWithin, Integer longestLine, Duration typicalLength, Integer heldAtOnce,
                             Duration keyLifetime, Duration answeredIdleLimit,
                             Duration answerTarget) {

    /** A line and its JSON must fit in one PostgreSQL NOTIFY (8000 bytes) to reach every instance. */
    static final int MOST_CHARACTERS = 1500;

    public ChatProperties {
        rejoinWithin = rejoinWithin == null ? Duration.ofMinutes(3) : rejoinWithin;
        longestLine = longestLine == null ? 1000 : longestLine;
        typicalLength = typicalLength == null ? Duration.ofMinutes(8) : typicalLength;
        heldAtOnce = heldAtOnce == null ? 3 : heldAtOnce;
        keyLifetime = keyLifetime == null ? Duration.ofHours(4) : keyLifetime;
        answeredIdleLimit = answeredIdleLimit == null ? Duration.ofMinutes(30) : answeredIdleLimit;
        answerTarget = answerTarget == null ? Duration.ofSeconds(60) : answerTarget;
        if (rejoinWithin.isNegative() || rejoinWithin.isZero() || typicalLength.isNegative()
                || typicalLength.isZero() || keyLifetime.compareTo(rejoinWithin) < 0
                || answeredIdleLimit.compareTo(rejoinWithin) < 0 || answerTarget.isNegative() || answerTarget.isZero()) {
            throw new IllegalArgumentException("bluelamp.chat: durations must be more than zero, and key-lifetime and "
                    + "answered-idle-limit at least rejoin-within");
        }
        if (longestLine < 1 || longestLine > MOST_CHARACTERS) {
            throw new IllegalArgumentException("bluelamp.chat.longest-line must be from 1 to " + MOST_CHARACTERS);
        }
        if (heldAtOnce < 1) {
            throw new IllegalArgumentException("bluelamp.chat.held-at-once must be 1 or more");
        }
    }
}
