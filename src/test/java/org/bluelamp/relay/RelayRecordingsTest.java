package org.bluelamp.relay;

import org.bluelamp.BluelampTest;
import org.bluelamp.CrimeCallScreens;
import org.bluelamp.MovableClock;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.TestClock;
import org.bluelamp.WebSession;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A relay call becomes a contact logged by the handler on the usual call screens, with channel video relay and its
 * interpreter; its recording, uploaded in checked pieces, is linked to the contact and played back only by staff who
 * may, every playback written down.
 */
@BluelampTest
@Import(MovableClock.class)
class RelayRecordingsTest {

    private static final byte[] WEBM_HEADER = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86};

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
    void aCallLoggedByTheHandlerIsAVideoRelayContactWithItsInterpreterAndItsRecording() {
        var people = new RelayPeople(port, clock, desk, staffAccounts);
        people.moveToNext(LocalTime.of(15, 0));
        var caller = people.caller();
        var call = people.callOf(caller);
        var interpreterAccount = staffAccounts.create(StaffRole.INTERPRETER);
        var interpreter = people.signIn(interpreterAccount);
        interpreter.get("/staff/relay");
        interpreter.post("/staff/relay/calls/" + call + "/answer");
        var first = piece(0, 40);
        var second = piece(1, 25);
        assertThat(interpreter.postBytes(recordingPath(call, 0), "video/webm", first).statusCode()).isEqualTo(204);
        assertThat(interpreter.postBytes(recordingPath(call, 1), "video/webm", second).statusCode()).isEqualTo(204);
        interpreter.post("/staff/relay/calls/" + call + "/handler");

        var handlerAccount = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var handler = people.signIn(handlerAccount);
        assertThat(handler.get("/staff/relay").body()).contains("Calls wanting a contact handler");
        var joined = handler.post("/staff/relay/calls/" + call + "/join");
        assertThat(joined.body()).contains("Log this call");
        var firstScreen = handler.post("/staff/relay/calls/" + call + "/log", "service", "crime");
        assertThat(firstScreen.path()).endsWith("/screen/crime-type");
        assertThat(firstScreen.body()).contains("BSL video relay");
        var where = handler.post(firstScreen.path(), "crime-type", "criminal-damage", "what-happened", "Bike taken");
        var saved = CrimeCallScreens.finish(handler, where);
        clock.advance(Duration.ofMinutes(12));
        interpreter.post("/staff/relay/calls/" + call + "/end", "note", "");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var contact = jdbc.sql("SELECT channel, logged_by, interpreter FROM contact WHERE reference = :r")
                    .param("r", saved.reference()).query().singleRow();
            assertThat(contact).containsEntry("channel", "video-relay")
                    .containsEntry("logged_by", handlerAccount.username())
                    .containsEntry("interpreter", interpreterAccount.username());
            assertThat(jdbc.sql("SELECT reference FROM relay_call WHERE id = :id").param("id", call)
                    .query(String.class).single()).isEqualTo(saved.reference());
        });
        assertThat(caller.get("/bsl/call").body()).as("the caller is given the reference made from their call")
                .contains("We have made a report", saved.reference(), "Keep this number")
                .doesNotContain("We have not made a report");
        var contactPage = handler.get("/staff/contacts/" + saved.reference());
        assertThat(contactPage.body()).contains("Interpreted by " + interpreterAccount.username())
                .contains("href=\"/staff/relay/recordings/" + saved.reference() + "\"");

        var supervisorAccount = staffAccounts.create(StaffRole.SUPERVISOR);
        var supervisor = people.signIn(supervisorAccount);
        assertThat(supervisor.get("/staff/relay/recordings/" + saved.reference()).body())
                .contains("Recording of a BSL video relay call").contains(interpreterAccount.username());
        var whole = supervisor.download("/staff/relay/calls/" + call + "/recording");
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("video/webm");
        assertThat(whole.body()).isEqualTo(concat(first, second));
        var part = supervisor.downloadRange("/staff/relay/calls/" + call + "/recording", "bytes=30-49");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 30-49/65");
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(concat(first, second), 30, 50));

        assertThat(jdbc.sql("SELECT count(*) FROM relay_recording_playback WHERE call_id = :id")
                .param("id", call).query(Integer.class).single()).as("a seek is not another playback").isEqualTo(1);
        var looks = jdbc.sql("""
                        SELECT t.actor FROM contact_timeline t JOIN contact c ON c.id = t.contact_id
                        WHERE c.reference = :r AND t.kind = 'viewed' AND t.details ->> 'page' = 'recording'""")
                .param("r", saved.reference()).query(String.class).list();
        assertThat(looks).containsExactly(supervisorAccount.username());
        assertThat(supervisor.get("/staff/contacts/" + saved.reference() + "/timeline").body())
                .contains("The recording of the BSL video relay call");
    }

    @Test
    void onlyStaffWhoMayPlayARecordingCanAndOnlyItsInterpreterUploadsChecked() {
        var people = new RelayPeople(port, clock, desk, staffAccounts);
        people.moveToNext(LocalTime.of(16, 0));
        var call = people.callOf(people.caller());
        var interpreter = people.staff(StaffRole.INTERPRETER);
        interpreter.get("/staff/relay");
        interpreter.post("/staff/relay/calls/" + call + "/answer");

        var notWebm = "not a video at all".getBytes();
        assertThat(interpreter.postBytes(recordingPath(call, 0), "video/webm", notWebm).statusCode()).isEqualTo(400);
        assertThat(interpreter.postBytes(recordingPath(call, 0), "video/webm", new byte[0]).statusCode()).isEqualTo(400);
        var big = new byte[17 * 1024 * 1024];
        System.arraycopy(WEBM_HEADER, 0, big, 0, WEBM_HEADER.length);
        assertThat(interpreter.postBytes(recordingPath(call, 0), "video/webm", big).statusCode()).isEqualTo(413);
        var first = piece(0, 10);
        assertThat(interpreter.postBytes(recordingPath(call, 0), "video/webm", first).statusCode()).isEqualTo(204);
        assertThat(interpreter.postBytes(recordingPath(call, 0), "video/webm", piece(0, 12)).statusCode())
                .as("a retried piece").isEqualTo(204);
        assertThat(jdbc.sql("SELECT bytes FROM relay_recording_chunk WHERE call_id = :id").param("id", call)
                .query(Integer.class).list()).as("kept once, as first received").containsExactly(first.length);

        var otherInterpreter = people.staff(StaffRole.INTERPRETER);
        otherInterpreter.get("/staff/relay");
        assertThat(otherInterpreter.postBytes(recordingPath(call, 1), "video/webm", piece(1, 5)).statusCode())
                .isEqualTo(409);
        assertThat(otherInterpreter.download("/staff/relay/calls/" + call + "/recording").statusCode())
                .as("an interpreter not on the call").isEqualTo(404);
        assertThat(people.staff(StaffRole.OFFICER).download("/staff/relay/calls/" + call + "/recording").statusCode())
                .as("officers do not reach the relay").isEqualTo(403);
        assertThat(new WebSession(port).download("/staff/relay/calls/" + call + "/recording").statusCode())
                .as("the public are sent to sign in").isEqualTo(302);

        interpreter.post("/staff/relay/calls/" + call + "/end", "note", "");
        clock.advance(Duration.ofMinutes(6));
        assertThat(interpreter.postBytes(recordingPath(call, 1), "video/webm", piece(1, 5)).statusCode())
                .as("long after the call ended").isEqualTo(409);
        assertThat(interpreter.download("/staff/relay/calls/" + call + "/recording").body()).isEqualTo(first);
    }

    private static String recordingPath(UUID call, int seq) {
        return "/staff/relay/calls/" + call + "/recording/" + seq;
    }

    /** A piece of a recording: the first starts as every WebM file does; the rest are whatever follows. */
    private static byte[] piece(int seq, int length) {
        var bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (seq * 31 + i);
        }
        if (seq == 0) {
            System.arraycopy(WEBM_HEADER, 0, bytes, 0, WEBM_HEADER.length);
        }
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
