package org.bluelamp.relay;

import com.zaxxer.hikari.HikariDataSource;
import org.bluelamp.BluelampTest;
import org.bluelamp.MovableClock;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.TestClock;
import org.bluelamp.platform.scheduling.JobLeases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances: the application, and a second bus on the same database standing in for another instance. What one
 * sends for someone connected to the other reaches them, however large, and nobody hears their own messages back.
 */
@BluelampTest
@Import(MovableClock.class)
class SignalBusTest {

    @Autowired
    HikariDataSource pool;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    JobLeases leases;

    @Autowired
    TestClock clock;

    @Autowired
    RelayDesk desk;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @LocalServerPort
    int port;

    private PostgresSignalBus otherInstance;
    private final BlockingQueue<Envelope> reachedTheOther = new LinkedBlockingQueue<>();

    @Autowired
    PostgresSignalBus thisInstance;

    @BeforeEach
    void startAnotherInstance() throws InterruptedException {
        assertThat(thisInstance.awaitListening(Duration.ofSeconds(10))).as("the application listens").isTrue();
        otherInstance = new PostgresSignalBus(pool, jdbc, json, leases, clock);
        otherInstance.receiveWith(reachedTheOther::add);
        otherInstance.start();
        assertThat(otherInstance.awaitListening(Duration.ofSeconds(10))).isTrue();
    }

    @AfterEach
    void stopIt() {
        otherInstance.stop();
    }

    @Test
    void aMessageForACallerConnectedHereFromAnotherInstanceReachesThem() throws Exception {
        var people = new RelayPeople(port, clock, desk, staffAccounts);
        people.moveToNext(LocalTime.of(9, 30));
        var caller = people.caller();
        var call = people.callOf(caller);
        try (var signal = CallerSignal.connect(port, "/bsl/call/signal", CallerSignal.keyOf(caller))) {
            signal.next("queue");
            otherInstance.publish(new Envelope(otherInstance.instance(), call, CallRooms.CALLER,
                    new RelayMessage.Chat("interpreter", "Hello from the other instance", "9:31am")));
            assertThat(signal.next("chat")).contains("Hello from the other instance");

            var offer = "a=candidate:" + "x".repeat(20_000);
            otherInstance.publish(new Envelope(otherInstance.instance(), call, CallRooms.CALLER,
                    new RelayMessage.Signal("interpreter", json.valueToTree(Map.of("description", offer)))));
            assertThat(signal.next("signal")).as("larger than NOTIFY carries").contains(offer);
        }
    }

    @Test
    void whatThisInstanceSendsForSomeoneElsewhereReachesTheOtherButNotItself() throws Exception {
        var call = UUID.randomUUID();
        var ownEchoes = new LinkedBlockingQueue<Envelope>();
        var third = new PostgresSignalBus(pool, jdbc, json, leases, clock);
        third.receiveWith(ownEchoes::add);
        third.start();
        try {
            assertThat(third.awaitListening(Duration.ofSeconds(10))).isTrue();
            third.publish(new Envelope(third.instance(), call, CallRooms.INTERPRETER,
                    new RelayMessage.Presence(CallRooms.CALLER, true)));
            var received = reachedTheOther.poll(10, TimeUnit.SECONDS);
            assertThat(received).isNotNull();
            assertThat(received.call()).isEqualTo(call);
            assertThat(received.to()).isEqualTo(CallRooms.INTERPRETER);
            assertThat(received.message()).isInstanceOf(RelayMessage.Presence.class);
            // Notifications reach each listener in the order they were sent: once the other's reply arrives here,
            // this instance's own message has come and gone.
            otherInstance.publish(new Envelope(otherInstance.instance(), call, CallRooms.CALLER, new RelayMessage.Answered()));
            var first = ownEchoes.poll(10, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(first.message()).as("not its own message back").isInstanceOf(RelayMessage.Answered.class);
        } finally {
            third.stop();
        }
    }
}
