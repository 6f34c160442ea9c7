package org.bluelamp.relay;

import org.bluelamp.BluelampTest;
import org.bluelamp.CrimeCallScreens;
import org.bluelamp.MovableClock;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.TestClock;
import org.bluelamp.WebSession;
import org.bluelamp.reporting.CrimeReportAnswers;
import org.bluelamp.reporting.upload.TestImages;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Attacks on recordings and the reporter's files, as real requests: taking a recording in parts so that no read is
 * logged, and reaching a contact's recording or files from outside the contact's scope, by its reference, by the
 * call's id, or by a file id belonging to another contact. Each test fails if the attack succeeds.
 */
@BluelampTest
@Import(MovableClock.class)
class RecordingAttackTest {

    private static final byte[] WEBM_HEADER = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86};
    private static final Pattern REFERENCE = Pattern.compile("data-reference>([A-Z0-9-]+)<");

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
    void everyPartOfARecordingTakenIsLoggedWhateverTheRange() {
        var people = new RelayPeople(port, clock, desk, staffAccounts);
        var recorded = recordedCallLoggedAsContact(people, LocalTime.of(14, 0));
        var supervisorAccount = staffAccounts.create(StaffRole.SUPERVISOR);
        var supervisor = people.signIn(supervisorAccount);
        String path = "/staff/relay/calls/" + recorded.call() + "/recording";

        var fromByteOne = supervisor.downloadRange(path, "bytes=1-");
        assertThat(fromByteOne.statusCode()).isEqualTo(206);
        assertThat(fromByteOne.body()).isEqualTo(Arrays.copyOfRange(recorded.bytes(), 1, recorded.bytes().length));
        assertThat(logged(supervisorAccount)).as("the attack of issue 21: bytes=1- took it all unlogged")
                .containsExactly("1-64/65");

        assertThat(supervisor.downloadRange(path, "bytes=0-").statusCode()).isEqualTo(206);
        assertThat(supervisor.download(path).statusCode()).isEqualTo(200);
        var several = supervisor.downloadRange(path, "bytes=0-9, 20-29");
        assertThat(several.statusCode()).as("several ranges get the whole").isEqualTo(200);
        assertThat(several.body()).isEqualTo(recorded.bytes());
        var tail = supervisor.downloadRange(path, "bytes=-5");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(recorded.bytes(), 60, 65));
        assertThat(supervisor.downloadRange(path, "bytes=500-").statusCode()).isEqualTo(416);

        assertThat(logged(supervisorAccount)).as("every answer that carried bytes, and not the 416")
                .containsExactly("1-64/65", "0-64/65", "0-64/65", "0-64/65", "60-64/65");
        assertThat(jdbc.sql("SELECT record_ref FROM access_log WHERE actor = :a AND record_kind = 'recording'")
                .param("a", supervisorAccount.username()).query(String.class).list())
                .containsOnly(recorded.reference());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM contact_timeline t JOIN contact c ON c.id = t.contact_id
                        WHERE c.reference = :r AND t.actor = :a AND t.details ->> 'page' = 'recording'""")
                .param("r", recorded.reference()).param("a", supervisorAccount.username()).query(Integer.class)
                .single()).as("a playback that never asked for byte 0 is still on the contact's timeline").isOne();
    }

    @Test
    void aRecordingOfAContactOutsideTheReadersScopeIsNotFoundByAnyRoute() {
        var people = new RelayPeople(port, clock, desk, staffAccounts);
        var recorded = recordedCallLoggedAsContact(people, LocalTime.of(15, 0));
        jdbc.sql("UPDATE contact SET allocated_team = 'north' WHERE reference = :r")
                .param("r", recorded.reference()).update();
        var routes = List.of("/staff/relay/recordings/" + recorded.reference(),
                "/staff/relay/recordings/call/" + recorded.call(),
                "/staff/relay/calls/" + recorded.call() + "/recording");

        var handlerAccount = staffAccounts.create("south", StaffRole.CONTACT_HANDLER);
        var outsider = people.signIn(handlerAccount);
        var southSupervisorAccount = staffAccounts.create("south", StaffRole.SUPERVISOR);
        var southSupervisor = people.signIn(southSupervisorAccount);
        for (String route : routes) {
            assertThat(outsider.download(route).statusCode()).as("a handler, by " + route).isEqualTo(404);
            assertThat(southSupervisor.downloadRange(route, "bytes=1-").statusCode())
                    .as("another team's supervisor, by " + route).isEqualTo(404);
        }
        assertThat(recorded.interpreter().download(routes.get(2)).statusCode())
                .as("the call's own interpreter, once it is a contact they may not see").isEqualTo(404);
        assertThat(logged(handlerAccount)).isEmpty();
        assertThat(logged(southSupervisorAccount)).isEmpty();

        var northSupervisorAccount = staffAccounts.create("north", StaffRole.SUPERVISOR);
        var northSupervisor = people.signIn(northSupervisorAccount);
        assertThat(northSupervisor.get(routes.get(0)).status()).as("the contact's own team").isEqualTo(200);
        assertThat(northSupervisor.get(routes.get(1)).status()).isEqualTo(200);
        assertThat(northSupervisor.download(routes.get(2)).body()).isEqualTo(recorded.bytes());
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE actor = :a AND record_kind = 'recording'")
                .param("a", northSupervisorAccount.username()).query(Integer.class).single())
                .as("both pages and the playback").isEqualTo(3);
    }

    @Test
    void aContactsFilesAreNotFoundOutsideItsScopeNorByAnotherContactsFileId() {
        var north = sentWithAFile();
        var south = sentWithAFile();
        jdbc.sql("UPDATE contact SET allocated_team = 'north' WHERE reference = :r").param("r", north.reference())
                .update();
        jdbc.sql("UPDATE contact SET allocated_team = 'south' WHERE reference = :r").param("r", south.reference())
                .update();
        String northFile = "/staff/contacts/" + north.reference() + "/files/" + north.fileId();

        var people = new RelayPeople(port, clock, desk, staffAccounts);
        var handlerAccount = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var handler = people.signIn(handlerAccount);
        assertThat(handler.download(northFile).statusCode()).as("a handler, once it is allocated").isEqualTo(404);
        var southAccount = staffAccounts.create("south", StaffRole.SUPERVISOR);
        var southSupervisor = people.signIn(southAccount);
        assertThat(southSupervisor.downloadRange(northFile, "bytes=1-").statusCode()).isEqualTo(404);
        assertThat(southSupervisor.download("/staff/contacts/" + south.reference() + "/files/" + north.fileId())
                .statusCode()).as("another contact's file id under their own contact").isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE actor IN (:a, :b) AND record_kind = 'file'")
                .param("a", handlerAccount.username()).param("b", southAccount.username()).query(Integer.class)
                .single()).isZero();

        var northAccount = staffAccounts.create("north", StaffRole.SUPERVISOR);
        var northSupervisor = people.signIn(northAccount);
        assertThat(northSupervisor.download(northFile).statusCode()).isEqualTo(200);
        assertThat(northSupervisor.downloadRange(northFile, "bytes=1-").statusCode()).isIn(200, 206);
        assertThat(northSupervisor.downloadRange(northFile, "bytes=0-10, 20-30").statusCode()).isIn(200, 206);
        assertThat(jdbc.sql("SELECT detail ->> 'file' FROM access_log WHERE actor = :a AND record_kind = 'file'")
                .param("a", northAccount.username()).query(String.class).list())
                .as("each download, ranged or not").containsExactly(north.fileId().toString(),
                        north.fileId().toString(), north.fileId().toString());
    }

    private record Recorded(UUID call, String reference, byte[] bytes, WebSession interpreter) {
    }

    /** A relay call, recorded in two pieces (65 bytes), logged as a contact by the handler brought in. */
    private Recorded recordedCallLoggedAsContact(RelayPeople people, LocalTime at) {
        people.moveToNext(at);
        var call = people.callOf(people.caller());
        var interpreterAccount = staffAccounts.create(StaffRole.INTERPRETER);
        var interpreter = people.signIn(interpreterAccount);
        interpreter.get("/staff/relay");
        interpreter.post("/staff/relay/calls/" + call + "/answer");
        var bytes = new byte[65];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        System.arraycopy(WEBM_HEADER, 0, bytes, 0, WEBM_HEADER.length);
        assertThat(interpreter.postBytes("/staff/relay/calls/" + call + "/recording/0", "video/webm",
                Arrays.copyOfRange(bytes, 0, 40)).statusCode()).isEqualTo(204);
        assertThat(interpreter.postBytes("/staff/relay/calls/" + call + "/recording/1", "video/webm",
                Arrays.copyOfRange(bytes, 40, 65)).statusCode()).isEqualTo(204);
        interpreter.post("/staff/relay/calls/" + call + "/handler");
        var handler = people.staff(StaffRole.CONTACT_HANDLER);
        handler.get("/staff/relay");
        handler.post("/staff/relay/calls/" + call + "/join");
        var firstScreen = handler.post("/staff/relay/calls/" + call + "/log", "service", "crime");
        var where = handler.post(firstScreen.path(), "crime-type", "criminal-damage", "what-happened", "Bike taken");
        var saved = CrimeCallScreens.finish(handler, where);
        interpreter.post("/staff/relay/calls/" + call + "/end", "note", "");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM relay_call r JOIN contact c ON c.reference = r.reference
                        WHERE r.id = :id""")
                .param("id", call).query(Integer.class).single() == 1);
        return new Recorded(call, saved.reference(), bytes, interpreter);
    }

    private record Sent(String reference, UUID fileId) {
    }

    /** An online crime report with a photo, sent by a member of the public, once its contact is open. */
    private Sent sentWithAFile() {
        var reporter = new WebSession(port);
        CrimeReportAnswers.upToCheckAnswers(reporter);
        reporter.post("/report/crime/evidence?change=true", "evidence", "yes", "evidence-yes-detail", "A photo");
        reporter.upload("/report/crime/evidence-files?change=true", "evidence-files", "lock.png",
                TestImages.png(20, 20), "action", "continue");
        var matcher = REFERENCE.matcher(reporter.post("/report/crime/submit", "declaration", "accepted").body());
        assertThat(matcher.find()).isTrue();
        String reference = matcher.group(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM contact WHERE reference = :r")
                .param("r", reference).query(Integer.class).single() == 1);
        var fileId = jdbc.sql("SELECT f.id FROM report_file f JOIN report r ON r.id = f.report_id WHERE r.reference = :r")
                .param("r", reference).query(UUID.class).single();
        return new Sent(reference, fileId);
    }

    /** The bytes each of the member's reads of a recording carried, in order. */
    private List<String> logged(StaffAccountsForTests.Account account) {
        return jdbc.sql("""
                        SELECT detail ->> 'bytes' FROM access_log
                        WHERE actor = :a AND record_kind = 'recording' AND detail ->> 'bytes' IS NOT NULL ORDER BY id""")
                .param("a", account.username()).query(String.class).list();
    }
}
