package org.bluelamp.platform.files;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.reporting.CrimeReportAnswers;
import org.bluelamp.reporting.upload.TestImages;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The attack: send the force a file carrying a virus, and have staff open it. Run against Debian's real clamd with a
 * signature for the EICAR test file: it is refused on the page it was sent to, with a clear message, the rest of the
 * draft kept and nothing stored. With clamd down, files are kept as "not yet scanned" and staff cannot open them
 * until the rescan job has passed them; one found infected then has its content deleted.
 */
@BluelampTest
@ExtendWith(OutputCaptureExtension.class)
class VirusScanAttackTest {

    private static final String EVIDENCE = "/report/crime/evidence-files";
    private static final String VIRUS_NAME = "holiday-snaps-9f3k.png";
    private static final Pattern REFERENCE = Pattern.compile("data-reference>([A-Z0-9-]+)<");
    private static final Pattern REQUEST_REFERENCE = Pattern.compile("data-reference>(DSR-\\d{4}-\\d{4})<");

    private static ClamdForTests clamd;

    @DynamicPropertySource
    static void scanWithClamd(DynamicPropertyRegistry registry) {
        clamd = ClamdForTests.start();
        registry.add("bluelamp.files.clamav.host", () -> "127.0.0.1");
        registry.add("bluelamp.files.clamav.port", () -> clamd.port());
    }

    @AfterAll
    static void stopClamd() {
        if (clamd != null) {
            clamd.close();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileStore store;

    @Autowired
    VirusScanner scanner;

    @Autowired
    PendingFileScans pendingScans;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Test
    void theEicarFileSentAsEvidenceIsRefusedOnItsPageAndTheDraftIsKept(CapturedOutput output) throws Exception {
        var session = evidencePage();
        var clean = session.upload(EVIDENCE, "evidence-files", "lock.png", TestImages.png(30, 30), "action", "upload");
        assertThat(clean.body()).contains("You have added 1 file", "lock.png (PNG,");
        var cleanId = onlyFileOf(session);
        assertThat(stateOf(cleanId)).as("a clean file passes and is recorded as scanned").isEqualTo("clean");

        int filesBefore = count("report_file");
        int scansBefore = count("file_scan");

        var page = session.upload(EVIDENCE, "evidence-files", VIRUS_NAME, ClamdForTests.eicar(), "action", "upload");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.path()).isEqualTo(EVIDENCE);
        assertThat(page.body()).contains("govuk-error-summary", "href=\"#evidence-files\"",
                "The selected file " + VIRUS_NAME + " contains a virus and cannot be used: choose another file",
                "lock.png (PNG,");
        assertThat(onlyFileOf(session)).as("the virus is not kept; the earlier file is").isEqualTo(cleanId);
        assertThat(count("report_file")).as("nothing stored").isEqualTo(filesBefore);
        assertThat(count("file_scan")).isEqualTo(scansBefore);
        assertThat(session.get("/report/crime/check-answers").body()).as("every answer is still there")
                .contains("My bike was taken from outside the library.", "Red bicycle", "lock.png (PNG,");
        assertThat(output.getAll()).contains("Eicar-Test-Signature").doesNotContain(VIRUS_NAME);
    }

    @Test
    void theEicarFileSentAsProofOfIdentityIsRefusedAndNotKept() {
        var person = upToIdentity();
        var page = person.upload("/your-data/identity", "file", "passport.png", ClamdForTests.eicar(),
                "identity", "upload");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.pathOnly()).isEqualTo("/your-data/identity");
        assertThat(page.body()).contains("govuk-error-summary",
                "The selected file contains a virus and cannot be used: choose another file");
        assertThat(jdbc.sql("SELECT count(*) FROM subject_access_draft WHERE identity_file_id IS NOT NULL")
                .query(Integer.class).single()).isZero();
        assertThat(person.upload("/your-data/identity", "file", "passport.png", TestImages.png(12, 9),
                "identity", "upload").pathOnly()).as("another file is taken").isEqualTo("/your-data/receive");
    }

    @Test
    void aFileOverClamdsStreamLimitIsNotTakenForClean() {
        byte[] large = new byte[ClamdForTests.STREAM_MAX_LENGTH + 64 * 1024];
        assertThat(scanner.scan(new ByteArrayInputStream(large))).isEqualTo(ScanState.PENDING);
        assertThat(scanner.scan(new ByteArrayInputStream(new byte[1000]))).isEqualTo(ScanState.CLEAN);
    }

    @Test
    void whileClamdIsDownFilesAreKeptButStaffCannotOpenThemUntilTheyAreScanned() throws Exception {
        var session = evidencePage();
        clamd.stop();
        String reference;
        UUID kept;
        UUID infected;
        try {
            var page = session.upload(EVIDENCE + "?change=true", "evidence-files", "front.png",
                    TestImages.png(41, 23), "action", "upload");
            assertThat(page.body()).as("the journey goes on").contains("You have added 1 file", "front.png (PNG,");
            session.upload(EVIDENCE + "?change=true", "evidence-files", "back.png", TestImages.png(43, 29),
                    "action", "continue");
            var confirmation = session.post("/report/crime/submit", "declaration", "accepted");
            var matcher = REFERENCE.matcher(confirmation.body());
            assertThat(matcher.find()).as("the report is sent").isTrue();
            reference = matcher.group(1);
            kept = fileOfReport(reference, "front.png");
            infected = fileOfReport(reference, "back.png");
            assertThat(stateOf(kept)).isEqualTo("pending");
            assertThat(stateOf(infected)).isEqualTo("pending");
            assertThat(store.open(kept)).as("never lost").isPresent();

            var staff = new WebSession(port);
            staffAccounts.signedIn(staff, StaffRole.CONTACT_HANDLER);
            await().atMost(Duration.ofSeconds(10)).until(() -> staff.get("/staff/contacts/" + reference).status() == 200);
            assertThat(staff.get("/staff/contacts/" + reference + "/report").body())
                    .contains("front.png", "Not yet scanned for viruses: it cannot be opened until it has been")
                    .doesNotContain("/staff/contacts/" + reference + "/files/" + kept);
            var refused = staff.get("/staff/contacts/" + reference + "/files/" + kept);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body()).contains("This file has not yet been scanned for viruses");
            var download = staff.download("/staff/contacts/" + reference + "/files/" + kept);
            assertThat(download.statusCode()).isEqualTo(409);
            assertThat(new String(download.body(), StandardCharsets.ISO_8859_1)).as("no byte of it")
                    .doesNotContain("IHDR");
            assertThat(pendingScans.rescan()).as("nothing is settled while clamd is away").isZero();

            // The second file turns out to hold something clamd knows once it is back.
            clamd.addSignature("Bluelamp-Test-Quarantine", read(infected));
        } finally {
            clamd.restart();
        }

        assertThat(pendingScans.rescan()).isEqualTo(2);
        assertThat(stateOf(kept)).isEqualTo("clean");
        assertThat(stateOf(infected)).isEqualTo("infected");
        assertThat(store.open(infected)).as("quarantined: its content deleted").isEmpty();

        var staff = new WebSession(port);
        staffAccounts.signedIn(staff, StaffRole.CONTACT_HANDLER);
        assertThat(staff.get("/staff/contacts/" + reference + "/report").body())
                .contains("/staff/contacts/" + reference + "/files/" + kept, "Removed: it contained a virus");
        var opened = staff.download("/staff/contacts/" + reference + "/files/" + kept);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).startsWith(0x89, 'P', 'N', 'G');
        var removed = staff.get("/staff/contacts/" + reference + "/files/" + infected);
        assertThat(removed.status()).isEqualTo(410);
        assertThat(removed.body()).contains("This file was removed: it contained a virus");
    }

    @Test
    void whileClamdIsDownAProofOfIdentityIsKeptButTheTeamCannotOpenItUntilScanned() {
        var person = upToIdentity();
        String reference;
        clamd.stop();
        try {
            assertThat(person.upload("/your-data/identity", "file", "licence.png", TestImages.png(17, 11),
                    "identity", "upload").pathOnly()).isEqualTo("/your-data/receive");
            person.post("/your-data/receive", "receive", "link", "address", "1 High Street\nLeicester",
                    "postcode", "le1 6ab");
            var done = person.post("/your-data/check");
            var matcher = REQUEST_REFERENCE.matcher(done.body());
            assertThat(matcher.find()).as("the request is sent").isTrue();
            reference = matcher.group(1);

            var dpo = new WebSession(port);
            staffAccounts.signedIn(dpo, StaffRole.DATA_PROTECTION_OFFICER);
            assertThat(dpo.get("/staff/data-requests/" + reference).body())
                    .contains("licence.png", "Not yet scanned for viruses").doesNotContain("/identity-proof\"");
            var refused = dpo.get("/staff/data-requests/" + reference + "/identity-proof");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body()).contains("This file has not yet been scanned for viruses");
        } finally {
            clamd.restart();
        }
        assertThat(pendingScans.rescan()).isPositive();
        var dpo = new WebSession(port);
        staffAccounts.signedIn(dpo, StaffRole.DATA_PROTECTION_OFFICER);
        assertThat(dpo.get("/staff/data-requests/" + reference).body()).contains("/identity-proof\"");
        assertThat(dpo.download("/staff/data-requests/" + reference + "/identity-proof").statusCode()).isEqualTo(200);
    }

    private WebSession evidencePage() {
        var session = new WebSession(port);
        CrimeReportAnswers.upToCheckAnswers(session);
        var page = session.post("/report/crime/evidence?change=true", "evidence", "yes", "evidence-yes-detail",
                "Photos of the broken lock");
        assertThat(page.path()).isEqualTo(EVIDENCE + "?change=true");
        return session;
    }

    private WebSession upToIdentity() {
        var person = new WebSession(port);
        person.get("/your-data");
        person.post("/your-data/start");
        person.post("/your-data/name", "fullName", "Alex Example", "otherNames", "", "dob-day", "27", "dob-month", "3",
                "dob-year", "1985");
        person.post("/your-data/contact", "email", "alex.example@example.com", "phone", "", "address", "",
                "postcode", "");
        assertThat(person.post("/your-data/what", "wants", "everything").pathOnly()).isEqualTo("/your-data/identity");
        return person;
    }

    private UUID onlyFileOf(WebSession session) throws Exception {
        byte[] token = session.cookie("bluelamp_draft").getBytes(StandardCharsets.US_ASCII);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token));
        return jdbc.sql("""
                        SELECT f.id FROM report_file f JOIN report_draft d ON d.id = f.draft_id
                        WHERE d.token_hash = :token""")
                .param("token", hash).query(UUID.class).single();
    }

    private UUID fileOfReport(String reference, String name) {
        return jdbc.sql("""
                        SELECT f.id FROM report_file f JOIN report r ON r.id = f.report_id
                        WHERE r.reference = :r AND f.file_name = :name""")
                .param("r", reference).param("name", name).query(UUID.class).single();
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    private String stateOf(UUID fileId) {
        return jdbc.sql("SELECT state FROM file_scan WHERE file_id = :id").param("id", fileId)
                .query(String.class).optional().orElse("none");
    }

    private byte[] read(UUID id) throws IOException {
        try (InputStream in = store.open(id).orElseThrow()) {
            return in.readAllBytes();
        }
    }
}
