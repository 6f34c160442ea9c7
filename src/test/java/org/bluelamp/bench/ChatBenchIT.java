package org.bluelamp.bench;

import org.bluelamp.BluelampProcess;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 101 live chat under load, against the jar: many people in a chat at once with handlers answering them all, each
 * chat exchanging lines at a steady rate for a while, the person and the handler taking turns. Fails if any line
 * is lost, arrives twice or out of order at the other party, or on any server error; never on speed (the delivery
 * times and whether p99 is under 200 ms are in the table). {@code bench/chat.sh} runs 500 chats for 60 seconds.
 */
class ChatBenchIT {

    @Test
    void everyLineArrivesOnceAndInOrderAtTheOtherParty() throws Exception {
        var sizes = BenchSettings.integers("chats", "4");
        var period = Duration.ofSeconds(BenchSettings.integer("seconds", 5));
        double linesPerSecond = Double.parseDouble(BenchSettings.text("lines-per-second", "2"));
        int heldAtOnce = BenchSettings.integer("held-at-once", 25);
        // A chat takes at most 400 lines (ChatController.MOST_LINES); what it is about is the first.
        assertThat(period.toSeconds() * linesPerSecond).as("lines in one chat").isLessThan(399);
        var table = new StringJoiner("\n").add(ChatLoad.Result.header());
        var results = new ArrayList<ChatLoad.Result>();
        for (int chats : sizes) {
            // A fresh instance for each size, so one size's chats and its handlers' limits do not weigh on the next.
            Path run = BenchSettings.RESULTS.resolve("chat-" + UUID.randomUUID()).toAbsolutePath();
            var arguments = new ArrayList<>(List.of("--bluelamp.chat.held-at-once=" + heldAtOnce));
            arguments.addAll(List.of(BenchSettings.appArguments()));
            var app = BluelampProcess.start(run.resolve("data"), run.resolve("bluelamp.log"),
                    arguments.toArray(String[]::new)).awaitReady();
            try {
                var result = ChatLoad.run(app, chats, heldAtOnce, period, linesPerSecond);
                table.add(result.row());
                results.add(result);
            } finally {
                app.stop(Duration.ofSeconds(30));
            }
        }
        BenchSettings.report("chat", "101 live chat, lines between people and handlers (" + BenchSettings.machine()
                + ")", table.toString());
        for (var result : results) {
            assertThat(result.sent()).as("lines sent with %d chats", result.chats()).isPositive();
            assertThat(result.lost()).as("lines lost with %d chats", result.chats()).isZero();
            assertThat(result.duplicated()).as("lines twice with %d chats", result.chats()).isZero();
            assertThat(result.outOfOrder()).as("lines out of order with %d chats", result.chats()).isZero();
            assertThat(result.serverErrors()).as("5xx with %d chats", result.chats()).isZero();
            assertThat(result.failedSends()).as("lines refused with %d chats", result.chats()).isZero();
            assertThat(result.dropped()).as("live connections dropped with %d chats", result.chats()).isZero();
        }
    }
}
