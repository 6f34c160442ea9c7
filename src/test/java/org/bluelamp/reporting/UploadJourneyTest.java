package org.bluelamp.reporting;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.staff.StaffRole;
import org.bluelamp.WebSession;
import org.bluelamp.platform.files.FileStore;
import org.bluelamp.reporting.upload.DraftFiles;
import org.bluelamp.reporting.upload.TestImages;
import org.bluelamp.reporting.upload.TestPdfs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Photos and documents sent with a report: checked from their content, cleaned of metadata, kept outside the
 * database, handed to the report when it is sent and shown to staff; never kept when the draft is abandoned.
 */
@BluelampTest
class UploadJourneyTest {

    @Autowired
    StaffAccountsForTests staffAccounts;

    private static final String PAGE = "/report/crime/evidence-files";
    private static final String SECRET = "GPS 52.6369N 1.1398W";
    private static final Pattern REFERENCE = Pattern.compile("data-reference>([A-Z0-9-]+)<");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileStore store;

    @Autowired
    DraftFiles files;

    WebSession session;

    @BeforeEach
    void reachTheUploadPage() {
        session = new WebSession(port);
        CrimeReportAnswers.upToCheckAnswers(session);
        var page = session.post("/report/crime/evidence?change=true", "evidence", "yes", "evidence-yes-detail",
                "Photos of the broken lock");
        assertThat(page.path()).isEqualTo(PAGE + "?change=true");
        assertThat(page.body()).contains("enctype=\"multipart/form-data\"", "type=\"file\"",
                "The file must be a JPG, PNG or PDF and smaller than 10 MB");
    }

    @Test
    void aPhotoIsKeptWithoutItsLocationAndListed() throws Exception {
        var page = session.upload(PAGE + "?change=true", "evidence-files", "lock.jpg", TestImages.jpegWithExif(SECRET),
                "action", "upload");
        assertThat(page.path()).isEqualTo(PAGE + "?change=true");
        assertThat(page.body()).contains("You have added 1 file", "lock.jpg (JPG,");

        var id = onlyFileOfDraft();
        byte[] kept = read(id);
        assertThat(kept).startsWith(0xFF, 0xD8);
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET, "Exif");
        assertThat(jdbc.sql("SELECT sha256 FROM report_file WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(kept)));
    }

    @Test
    void aPdfIsKeptWithoutItsAuthorMetadataOrEmbeddedFiles() throws Exception {
        var page = session.upload(PAGE + "?change=true", "evidence-files", "statement.pdf",
                TestPdfs.withEveryKindOfMetadata(), "action", "upload");
        assertThat(page.body()).contains("You have added 1 file", "statement.pdf (PDF,");

        byte[] kept = read(onlyFileOfDraft());
        String raw = new String(kept, StandardCharsets.ISO_8859_1);
        TestPdfs.SECRETS.forEach((where, secret) -> assertThat(raw).as(where).doesNotContain(secret));
        try (var pdf = Loader.loadPDF(kept)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(TestPdfs.PAGE_TEXT);
        }
    }

    @Test
    void aPdfThatNeedsAPasswordGetsAClearMessageAndNothingIsLost() throws Exception {
        session.upload(PAGE, "evidence-files", "first.png", TestImages.png(30, 30), "action", "upload");
        var page = session.upload(PAGE, "evidence-files", "locked.pdf", TestPdfs.passwordProtected(),
                "action", "upload");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary", "href=\"#evidence-files\"",
                "The selected file locked.pdf is protected with a password: save a copy without the password and "
                        + "upload that", "first.png (PNG,");
        assertThat(countFiles()).isEqualTo(1);
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() throws Exception {
        session.upload(PAGE, "evidence-files", "first.png", TestImages.png(30, 30), "action", "upload");
        var page = session.upload(PAGE, "evidence-files", "holiday.jpg",
                "MZ this is a program, not a photo".getBytes(StandardCharsets.UTF_8), "action", "upload");
        assertThat(page.body()).contains("govuk-error-summary", "href=\"#evidence-files\"",
                "The selected file holiday.jpg must be a JPG, PNG or PDF", "first.png (PNG,");
        assertThat(countFiles()).as("the earlier file is kept, the bad one is not").isEqualTo(1);
    }

    @Test
    void ofSeveralFilesChosenAtOnceTheGoodOnesAreKeptAndTheBadOnesNamed() throws Exception {
        var page = session.upload(PAGE, "evidence-files", List.of(
                new WebSession.FileToSend("front.png", TestImages.png(30, 30)),
                new WebSession.FileToSend("virus.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8)),
                new WebSession.FileToSend("back.jpg", TestImages.jpegWithExif(SECRET))), "action", "continue");
        assertThat(page.path()).as("stays to show the problem").isEqualTo(PAGE);
        assertThat(page.body()).contains("The selected file virus.pdf must be a JPG, PNG or PDF",
                "You have added 2 files", "front.png (PNG,", "back.jpg (JPG,");
        assertThat(countFiles()).isEqualTo(2);
        assertThat(session.get(PAGE).body()).as("kept in the draft").contains("front.png (PNG,", "back.jpg (JPG,");
    }

    @Test
    void aFileOverTheLimitGetsAClearMessageAndNothingIsLost() throws Exception {
        session.upload(PAGE, "evidence-files", "first.png", TestImages.png(30, 30), "action", "upload");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(TestImages.png(30, 30), 0, big, 0, 100);
        var page = session.upload(PAGE, "evidence-files", "huge.png", big, "action", "upload");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("The selected file huge.png must be smaller than 10 MB", "first.png (PNG,");
        assertThat(countFiles()).isEqualTo(1);
    }

    @Test
    void aFileOverThePhotoLimitButUnderTheVideoOneGetsAMessageOnThePage() throws Exception {
        session.upload(PAGE, "evidence-files", "first.png", TestImages.png(30, 30), "action", "upload");
        var page = session.upload(PAGE, "evidence-files", "film.mp4", new byte[27 * 1024 * 1024], "action", "upload");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("The selected file film.mp4 must be smaller than 10 MB", "first.png (PNG,");
        assertThat(countFiles()).isEqualTo(1);
    }

    @Test
    void aFileFarOverTheLimitGetsThePageThatSaysSo() throws Exception {
        // over spring.servlet.multipart.max-file-size (210 MB), which is above the largest video a page takes
        var page = session.upload(PAGE, "evidence-files", "film.mp4", new byte[211 * 1024 * 1024], "action", "upload");
        assertThat(page.status()).isEqualTo(413);
        assertThat(page.body()).contains("too large", "a smaller file");
        assertThat(countFiles()).isZero();
    }

    @Test
    void anUploadWithoutTheFormTokenIsRefused() throws Exception {
        var page = session.uploadRaw(PAGE, "evidence-files",
                List.of(new WebSession.FileToSend("lock.png", TestImages.png(30, 30))), List.of("action", "upload"));
        assertThat(page.status()).isEqualTo(403);
        assertThat(countFiles()).isZero();
    }

    @Test
    void aRemovedFileIsDeletedWithItsContent() throws Exception {
        session.upload(PAGE, "evidence-files", "lock.png", TestImages.png(30, 30), "action", "upload");
        var id = onlyFileOfDraft();
        var page = session.post(PAGE, "action", "remove-" + id);
        assertThat(page.body()).doesNotContain("lock.png");
        assertThat(countFiles()).isZero();
        assertThat(store.open(id)).isEmpty();
    }

    @Test
    void aSentReportKeepsItsFilesAndStaffCanOpenThem() {
        session.upload(PAGE + "?change=true", "evidence-files", "lock.png", TestImages.png(30, 30), "action", "continue");
        var check = session.get("/report/crime/check-answers");
        assertThat(check.body()).contains("Photos and documents", "lock.png (PNG,");
        var confirmation = session.post("/report/crime/submit", "declaration", "accepted");
        var matcher = REFERENCE.matcher(confirmation.body());
        assertThat(matcher.find()).isTrue();
        String reference = matcher.group(1);
        var id = jdbc.sql("""
                        SELECT f.id FROM report_file f JOIN report r ON r.id = f.report_id WHERE r.reference = :r""")
                .param("r", reference).query(UUID.class).single();

        var staff = new WebSession(port);
        staffAccounts.signedIn(staff, StaffRole.CONTACT_HANDLER);
        await().atMost(Duration.ofSeconds(10)).until(() -> staff.get("/staff/contacts/" + reference).status() == 200);
        assertThat(staff.get("/staff/contacts/" + reference + "/report").body()).contains("Files sent with the report",
                "Download lock.png", "/staff/contacts/" + reference + "/files/" + id);
        var download = staff.download("/staff/contacts/" + reference + "/files/" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(download.body()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(staff.download("/staff/contacts/" + reference + "/files/" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
        assertThat(session.download("/staff/contacts/" + reference + "/files/" + id).statusCode())
                .as("the public cannot open it").isNotEqualTo(200);

        files.deleteAbandoned();
        assertThat(store.open(id)).as("a sent report's file is never swept").isPresent();
    }

    @Test
    void leavingTheSiteDeletesTheDraftsFilesAtOnce() throws Exception {
        session.upload(PAGE, "evidence-files", "lock.png", TestImages.png(30, 30), "action", "upload");
        var id = onlyFileOfDraft();
        session.get("/leave");
        assertThat(store.open(id)).as("gone at once, not at the next sweep").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM report_file WHERE id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theFilesOfAnExpiredDraftAreSweptAway() throws Exception {
        session.upload(PAGE, "evidence-files", "lock.png", TestImages.png(30, 30), "action", "upload");
        var id = onlyFileOfDraft();
        jdbc.sql("DELETE FROM report_draft WHERE token_hash = :token").param("token", tokenHash()).update();
        assertThat(store.open(id)).as("kept until the sweep").isPresent();
        assertThat(files.deleteAbandoned()).isPositive();
        assertThat(store.open(id)).isEmpty();
    }

    private UUID onlyFileOfDraft() throws Exception {
        return jdbc.sql("SELECT f.id FROM report_file f JOIN report_draft d ON d.id = f.draft_id "
                        + "WHERE d.token_hash = :token")
                .param("token", tokenHash()).query(UUID.class).single();
    }

    private int countFiles() throws Exception {
        return jdbc.sql("SELECT count(*) FROM report_file f JOIN report_draft d ON d.id = f.draft_id "
                + "WHERE d.token_hash = :token").param("token", tokenHash()).query(Integer.class).single();
    }

    private String tokenHash() throws Exception {
        byte[] token = session.cookie("bluelamp_draft").getBytes(StandardCharsets.US_ASCII);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token));
    }

    private byte[] read(UUID id) throws IOException {
        try (InputStream in = store.open(id).orElseThrow()) {
            return in.readAllBytes();
        }
    }
}
