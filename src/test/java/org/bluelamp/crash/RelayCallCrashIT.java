package org.bluelamp.crash;

import org.bluelamp.BluelampProcess;
import org.bluelamp.WebSession;
import org.bluelamp.relay.CallerSignal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bluelamp killed with {@code kill -9} while Deaf callers wait in the relay's queue, and started again on the same
 * folder: their calls are still there, in the same order, and each caller's key brings them back to their own call
 * (the page, and the signalling that tells them their place as the queue moves).
 */
class RelayCallCrashIT {

    private static final String[] OPEN_ALL_DAY = {"--bluelamp.relay.hours.opens=00:00",
            "--bluelamp.relay.hours.closes=23:59"};

    private final Path run = Path.of("target", "crash-test", "relay-" + UUID.randomUUID()).toAbsolutePath();
    private BluelampProcess app;

    @AfterEach
    void killWhatIsLeft() throws InterruptedException {
        if (app != null) {
            app.kill();
        }
    }

    @Test
    void waitingCallersRejoinTheirOwnCallsInOrderAfterACrash() throws Exception {
        app = BluelampProcess.start(run.resolve("data"), run.resolve("before.log"), OPEN_ALL_DAY).awaitReady();
        var first = join(app.port());
        var second = join(app.port());
        assertThat(second.get("/bsl/call").body()).contains("You are number 2 in the queue.");
        String firstKey = first.cookie("bluelamp_bsl_call");
        String secondKey = second.cookie("bluelamp_bsl_call");

        app.kill();
        app = BluelampProcess.start(run.resolve("data"), run.resolve("after.log"), OPEN_ALL_DAY).awaitReady();

        var firstBack = new WebSession(app.port());
        firstBack.addCookie("bluelamp_bsl_call", firstKey);
        var secondBack = new WebSession(app.port());
        secondBack.addCookie("bluelamp_bsl_call", secondKey);
        assertThat(firstBack.get("/bsl/call").body()).contains("You are number 1 in the queue.");
        assertThat(secondBack.get("/bsl/call").body()).contains("You are number 2 in the queue.");
        try (var signal = CallerSignal.connect(app.port(), "/bsl/call/signal", "bluelamp_bsl_call=" + secondKey)) {
            assertThat(signal.next("queue")).contains("\"position\":2");
            firstBack.post("/bsl/call/leave");
            assertThat(signal.next("queue")).as("the queue moves after the restart too").contains("\"position\":1");
        }
    }

    private static WebSession join(int port) {
        var caller = new WebSession(port);
        caller.get("/bsl/check");
        assertThat(caller.post("/bsl/call").pathOnly()).isEqualTo("/bsl/call");
        return caller;
    }
}
