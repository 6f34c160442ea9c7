package org.bluelamp.relay;

import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.TestClock;
import org.bluelamp.WebSession;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.staff.StaffRole;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Callers and staff of the relay as tests need them, on a clock the test moves. */
record RelayPeople(int port, TestClock clock, RelayDesk desk, StaffAccountsForTests staffAccounts) {

    /** A caller who has checked their camera and joined the queue. */
    WebSession caller() {
        var caller = new WebSession(port);
        caller.get("/bsl/check");
        assertThat(caller.post("/bsl/call").pathOnly()).isEqualTo("/bsl/call");
        return caller;
    }

    UUID callOf(WebSession caller) {
        return desk.callFor(caller.cookie(CallerKey.NAME)).orElseThrow().id();
    }

    WebSession staff(StaffRole role) {
        return signIn(staffAccounts.create(role));
    }

    WebSession signIn(StaffAccountsForTests.Account account) {
        var session = new WebSession(port);
        staffAccounts.signIn(session, account, clock.instant());
        return session;
    }

    /** Moves the application's clock forward to the next time this is struck in the UK, on a later day. */
    void moveToNext(LocalTime time) {
        var now = ZonedDateTime.ofInstant(clock.instant(), LondonTime.ZONE);
        var target = now.toLocalDate().plusDays(1).atTime(time).atZone(LondonTime.ZONE);
        clock.advance(Duration.between(now, target));
        desk.endDroppedCalls();
    }
}
