package org.bluelamp.staff;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInRulesTest {

    private static final Instant START = Instant.parse("2026-11-25T09:00:00Z");
    private final SignInRules rules = new SignInRules(
            new SignInProperties(5, 50, Duration.ofMinutes(15), Duration.ofMinutes(15)));

    private static List<Instant> failuresEveryMinute(int count) {
        return IntStream.range(0, count).mapToObj(i -> START.plus(Duration.ofMinutes(i))).toList();
    }

    @Test
    void fourFailuresDoNotLockAndTheFifthDoes() {
        var now = START.plus(Duration.ofMinutes(5));
        assertThat(rules.accountLocked(failuresEveryMinute(4), now)).isFalse();
        assertThat(rules.accountLocked(failuresEveryMinute(5), now)).isTrue();
    }

    @Test
    void theLockLiftsFifteenMinutesAfterTheLastFailureNotTheFirst() {
        var failures = failuresEveryMinute(5);
        var last = failures.getLast();
        assertThat(rules.accountLocked(failures, START.plus(Duration.ofMinutes(16)))).as("15 after the first")
                .isTrue();
        assertThat(rules.accountLocked(failures, last.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(rules.accountLocked(failures, last.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failuresSpreadWiderThanTheWindowDoNotLock() {
        var spread = IntStream.range(0, 10).mapToObj(i -> START.plus(Duration.ofMinutes(4L * i))).toList();
        assertThat(rules.accountLocked(spread, spread.getLast())).isFalse();
    }

    @Test
    void fiveFailuresLateInALongerRunLock() {
        var slowThenFast = List.of(START, START.plus(Duration.ofMinutes(20)), START.plus(Duration.ofMinutes(40)),
                START.plus(Duration.ofMinutes(41)), START.plus(Duration.ofMinutes(42)),
                START.plus(Duration.ofMinutes(43)), START.plus(Duration.ofMinutes(44)));
        assertThat(rules.accountLocked(slowThenFast, START.plus(Duration.ofMinutes(45)))).isTrue();
        assertThat(rules.accountLocked(slowThenFast.subList(0, 6), START.plus(Duration.ofMinutes(45)))).isFalse();
    }

    @Test
    void theQueryReachesBackFarEnoughForALockStillInForce() {
        var now = START.plus(Duration.ofMinutes(29));
        // Five failures from 09:00 to 09:14 lock until 09:29; the first must still be fetched at 09:28.
        assertThat(rules.accountSince(now.minusSeconds(60))).isBefore(START);
    }

    @Test
    void anAddressIsRefusedAtItsLimit() {
        assertThat(rules.addressRefused(49)).isFalse();
        assertThat(rules.addressRefused(50)).isTrue();
    }

    @Test
    void theWaitIsWholeMinutesRoundedUp() {
        assertThat(rules.minutesToWait()).isEqualTo(15);
        var odd = new SignInRules(new SignInProperties(5, 50, Duration.ofMinutes(15), Duration.ofSeconds(61)));
        assertThat(odd.minutesToWait()).isEqualTo(2);
    }

    @Test
    void nonsenseSettingsAreRefusedAtStart() {
        assertThatThrownBy(() -> new SignInProperties(0, 50, Duration.ofMinutes(15), Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInProperties(5, 50, Duration.ZERO, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInProperties(5, 50, Duration.ofHours(20), Duration.ofHours(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
