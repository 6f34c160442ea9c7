package org.bluelamp.relay;

import org.bluelamp.BluelampTest;
import org.bluelamp.MovableClock;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.TestClock;
import org.bluelamp.WebSession;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The caller's way through the relay over HTTP and the signalling socket: closed hours, a key for one call, the
 * queue oldest first, one answer per call, rejoining after a drop, and calls abandoned by leaving or by staying away.
 */
@BluelampTest
@Import(MovableClock.class)
@ExtendWith(OutputCaptureExtension.class)
class RelayCallsTest {

    @Autowired
    TestClock clock;

    @Autowired
    RelayDesk desk;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void whileClosedThePageSaysWhenItOpensAndOffersAVideoMessageAndNoCallCanStart() {
        moveToNext(LocalTime.of(2, 30));
        var caller = new WebSession(port);
        var page = caller.get("/bsl");
        assertThat(page.body()).contains("We are closed now. We open at 8am today.")
                .contains("href=\"/bsl/message\"").contains("999 BSL").contains("Relay UK on 18000")
                .contains("Every call is recorded").doesNotContain("Start a video call");
        assertThat(caller.get("/bsl/check").pathOnly()).isEqualTo("/bsl");
        caller.get("/track");
        int before = calls();
        assertThat(caller.post("/bsl/call").pathOnly()).isEqualTo("/bsl");
        assertThat(calls()).isEqualTo(before);
        assertThat(caller.cookie(CallerKey.NAME)).isNull();
    }

    @Test
    void callersQueueOldestFirstEachWithAKeyToTheirOwnCallOnly() throws Exception {
        moveToNext(LocalTime.of(9, 0));
        var first = join();
        var second = join();
        var waiting = first.get("/bsl/call").body();
        assertThat(waiting).contains("You are number 1 in the queue.",
                "govuk-button--secondary\" data-module=\"govuk-button\">Leave the call</button>");
        assertThat(waiting.split("govuk-button--warning", -1).length - 1)
                .as("one red button at most: leaving the site, not leaving the call").isLessThanOrEqualTo(1);
        assertThat(second.get("/bsl/call").body()).contains("You are number 2 in the queue.");
        var key = second.cookie(CallerKey.NAME);
        assertThat(jdbc.sql("SELECT count(*) FROM relay_call WHERE token_hash = :key").param("key", key)
                .query(Integer.class).single()).as("only the key's hash is kept").isZero();

        var interpreter = signedIn(StaffRole.INTERPRETER);
        var console = interpreter.get("/staff/relay");
        assertThat(console.body().indexOf(callOf(first).toString()))
                .as("oldest first").isLessThan(console.body().indexOf(callOf(second).toString()));

        try (var signal = CallerSignal.connect(port, "/bsl/call/signal", CallerKey.NAME + "=" + key)) {
            assertThat(signal.next("queue")).contains("\"position\":2");
            interpreter.post("/staff/relay/calls/" + callOf(first) + "/answer");
            assertThat(signal.next("queue")).as("the caller moves up when the call ahead is answered")
                    .contains("\"position\":1");
        }
        assertThatThrownBy(() -> CallerSignal.connect(port, "/bsl/call/signal", null))
                .as("no key, no signalling").isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(WebSocketHandshakeException.class);
        assertThatThrownBy(() -> CallerSignal.connect(port, "/staff/relay/signal?call=" + callOf(second), null))
                .as("staff signalling needs sign-in").isInstanceOf(CompletionException.class);
    }

    @Test
    void aCallIsAnsweredOnceTheSecondInterpreterIsToldSomeoneWasQuicker() {
        moveToNext(LocalTime.of(10, 0));
        var caller = join();
        var call = callOf(caller);
        var one = signedIn(StaffRole.INTERPRETER);
        var other = signedIn(StaffRole.INTERPRETER);
        one.get("/staff/relay");
        other.get("/staff/relay");
        assertThat(one.post("/staff/relay/calls/" + call + "/answer").pathOnly()).isEqualTo("/staff/relay/calls/" + call);
        var late = other.post("/staff/relay/calls/" + call + "/answer");
        assertThat(late.body()).contains("Another member of staff answered or joined that call first.");
        assertThat(other.get("/staff/relay/calls/" + call).status()).as("not their call").isEqualTo(404);
        assertThat(caller.get("/bsl/call").body()).contains("The interpreter is here.");
    }

    @Test
    void aDroppedCallerWhoComesBackInTimeKeepsTheirPlaceAndOneWhoDoesNotIsAbandoned() throws Exception {
        moveToNext(LocalTime.of(11, 0));
        var caller = join();
        var call = callOf(caller);
        var cookie = CallerSignal.keyOf(caller);
        CallerSignal.connect(port, "/bsl/call/signal", cookie).close();

        clock.advance(Duration.ofMinutes(2));
        desk.endDroppedCalls();
        try (var back = CallerSignal.connect(port, "/bsl/call/signal", cookie)) {
            assertThat(back.next("queue")).as("the same call, the same place").contains("\"position\":1");
        }
        assertThat(status(call)).isEqualTo("waiting");

        clock.advance(Duration.ofMinutes(4));
        desk.endDroppedCalls();
        assertThat(status(call)).isEqualTo("abandoned");
        assertThat(jdbc.sql("SELECT end_reason FROM relay_call WHERE id = :id").param("id", call).query(String.class)
                .single()).isEqualTo("dropped");
        assertThat(caller.get("/bsl/call").body()).contains("Your call has ended")
                .contains("We lost the connection and could not get it back.");
        assertThatThrownBy(() -> CallerSignal.connect(port, "/bsl/call/signal", cookie))
                .as("an ended call's key opens nothing").isInstanceOf(CompletionException.class);
    }

    @Test
    void aCallerWhoLeavesAbandonsTheCallAndCanStartAgain() {
        moveToNext(LocalTime.of(12, 0));
        var caller = join();
        var call = callOf(caller);
        var page = caller.post("/bsl/call/leave");
        assertThat(page.body()).contains("You left the call before an interpreter answered.",
                "Nothing has been reported. We do not know what you wanted to tell us, so we cannot contact you.");
        assertThat(status(call)).isEqualTo("abandoned");
        caller.post("/bsl/call/new");
        caller.post("/bsl/call");
        assertThat(callOf(caller)).isNotEqualTo(call);
    }

    @Test
    void typedMessagesAreCheckedStoredAndShownToBothSides() {
        moveToNext(LocalTime.of(13, 0));
        var caller = join();
        var call = callOf(caller);
        var blank = caller.post("/bsl/call/messages", "text", "  ");
        assertThat(blank.body()).contains("There is a problem").contains("Type a message");
        var tooLong = caller.post("/bsl/call/messages", "text", "x".repeat(1001));
        assertThat(tooLong.body()).contains("Message must be 1,000 characters or fewer").contains("x".repeat(1001));
        caller.post("/bsl/call/messages", "text", "I want to report a stolen bike");
        var interpreter = signedIn(StaffRole.INTERPRETER);
        interpreter.get("/staff/relay");
        var console = interpreter.post("/staff/relay/calls/" + call + "/answer");
        assertThat(console.body()).contains("I want to report a stolen bike");
        interpreter.post("/staff/relay/calls/" + call + "/messages", "text", "Thank you. When was it taken?");
        assertThat(caller.get("/bsl/call").body()).contains("Thank you. When was it taken?");

        interpreter.post("/staff/relay/calls/" + call + "/end", "note", "");
        assertThat(caller.get("/bsl/call").body()).as("no report yet: not a promise that we will contact them")
                .contains("Your call has ended", "We have not made a report from this call yet",
                        "If no report is made, we will not contact you about this call.")
                .doesNotContain("If we need to, we will contact you");
    }

    @Test
    void serviceLevelsCountTodaysCallsAnsweredInTimeAbandonedAndTheirLength() {
        moveToNext(LocalTime.of(9, 0));
        var interpreter = signedIn(StaffRole.INTERPRETER);
        var quick = join();
        clock.advance(Duration.ofSeconds(30));
        interpreter.get("/staff/relay");
        interpreter.post("/staff/relay/calls/" + callOf(quick) + "/answer");
        clock.advance(Duration.ofMinutes(10));
        interpreter.post("/staff/relay/calls/" + callOf(quick) + "/end", "note", "");

        var slow = join();
        clock.advance(Duration.ofSeconds(200));
        interpreter.get("/staff/relay");
        interpreter.post("/staff/relay/calls/" + callOf(slow) + "/answer");
        clock.advance(Duration.ofMinutes(6));
        interpreter.post("/staff/relay/calls/" + callOf(slow) + "/end", "note", "");

        join().post("/bsl/call/leave");
        var waiting = join();
        clock.advance(Duration.ofSeconds(45));

        var levels = desk.serviceLevels();
        assertThat(levels.waiting()).isEqualTo(1);
        assertThat(levels.longestWait()).isBetween(Duration.ofSeconds(45), Duration.ofSeconds(50));
        assertThat(levels.answered()).isEqualTo(2);
        assertThat(levels.answeredInTime()).isEqualTo(1);
        assertThat(levels.abandoned()).isEqualTo(1);
        assertThat(levels.percentAnsweredInTime()).isEqualTo(33);
        assertThat(levels.meetsAim()).isFalse();
        assertThat(levels.averageLength()).isBetween(Duration.ofMinutes(8), Duration.ofMinutes(8).plusSeconds(5));
        var console = interpreter.get("/staff/relay");
        assertThat(console.body()).contains("33%").contains("Below aim").contains(callOf(waiting).toString());
    }

    @Test
    void leavingTheSiteEndsTheCallAndItsKeyOpensNothingAfter() {
        moveToNext(LocalTime.of(10, 0));
        var caller = join();
        var call = callOf(caller);
        caller.post("/bsl/call/messages", "text", "My neighbour threatened me");
        String key = caller.cookie(CallerKey.NAME);
        assertThat(caller.get("/bsl/call").body()).contains("My neighbour threatened me");
        assertThat(caller.lastHeaders().firstValue("Cache-Control").orElse("")).contains("no-store");

        assertThat(caller.raw("/leave").statusCode()).isEqualTo(303);

        assertThat(status(call)).as("not waiting any more").isEqualTo("abandoned");
        assertThat(jdbc.sql("SELECT end_reason FROM relay_call WHERE id = :id").param("id", call)
                .query(String.class).single()).isEqualTo(EndReason.CALLER_LEFT.code());
        var copied = new WebSession(port);
        copied.addCookie(CallerKey.NAME, key);
        var back = copied.get("/bsl/call");
        assertThat(back.pathOnly()).as("the kept key opens nothing").isEqualTo("/bsl");
        assertThat(back.body()).doesNotContain("My neighbour threatened me");
        assertThat(caller.cookie(CallerKey.NAME)).as("the browser's key is cleared").isNullOrEmpty();
    }

    /**
     * The browsers' script reads the messages field by field; what a browser sends that is not JSON, not a message
     * it may send, or a signal for someone it has no link to, is ignored without a trace and its socket stays open.
     */
    @Test
    void signalsPassAlongTheLinksAsTheScriptReadsThemAndAnythingElseIsIgnored(CapturedOutput log) throws Exception {
        moveToNext(LocalTime.of(14, 0));
        var caller = join();
        var call = callOf(caller);
        var interpreter = signedIn(StaffRole.INTERPRETER);
        interpreter.get("/staff/relay");
        interpreter.post("/staff/relay/calls/" + call + "/answer");
        try (var interpreterSignal = CallerSignal.connect(port, "/staff/relay/signal?call=" + call,
                interpreter.cookies())) {
            assertThat(interpreterSignal.next()).isEqualTo("{\"type\":\"answered\"}");
            try (var callerSignal = CallerSignal.connect(port, "/bsl/call/signal", CallerSignal.keyOf(caller))) {
                assertThat(callerSignal.next()).isEqualTo("{\"type\":\"answered\"}");
                assertThat(interpreterSignal.next())
                        .isEqualTo("{\"type\":\"presence\",\"who\":\"caller\",\"here\":true}");
                for (String ignored : new String[] {"not json", "[1,2]", "null", "\"ping\"", "{}", "{\"type\":7}",
                        "{\"type\":\"chat\",\"text\":\"x\"}", "{\"type\":\"signal\"}",
                        "{\"type\":\"signal\",\"to\":{}}", "{\"type\":\"signal\",\"to\":\"handler\",\"data\":{}}",
                        "{\"type\":\"signal\",\"to\":\"caller\",\"data\":{}}"}) {
                    callerSignal.send(ignored);
                }
                callerSignal.send("{\"type\":\"ping\"}");
                callerSignal.send("{\"type\":\"signal\",\"to\":\"interpreter\",\"data\":{\"ready\":true}}");
                assertThat(interpreterSignal.next()).as("the first message to reach the interpreter since")
                        .isEqualTo("{\"type\":\"signal\",\"from\":\"caller\",\"data\":{\"ready\":true}}");
            }
        }
        assertThat(status(call)).isEqualTo("answered");
        assertThat(log.getAll()).doesNotContain("Unhandled", "JacksonException", "BrowserMessage");
    }

    private String status(UUID call) {
        return jdbc.sql("SELECT status FROM relay_call WHERE id = :id").param("id", call).query(String.class).single();
    }

    private int calls() {
        return jdbc.sql("SELECT count(*) FROM relay_call").query(Integer.class).single();
    }

    private WebSession join() {
        return people().caller();
    }

    private UUID callOf(WebSession caller) {
        return people().callOf(caller);
    }

    private WebSession signedIn(StaffRole role) {
        return people().staff(role);
    }

    private void moveToNext(LocalTime time) {
        people().moveToNext(time);
    }

    private RelayPeople people() {
        return new RelayPeople(port, clock, desk, staffAccounts);
    }
}
