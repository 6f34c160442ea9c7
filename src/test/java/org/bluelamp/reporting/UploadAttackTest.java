package org.bluelamp.reporting;

import org.bluelamp.BluelampTest;
import org.bluelamp.WebSession;
import org.bluelamp.platform.files.FileStore;
import org.bluelamp.reporting.upload.TestImages;
import org.bluelamp.reporting.upload.TestPdfs;
import org.bluelamp.reporting.upload.TestVideos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, hole 2: "one small picture exhausts the heap". A hostile file sent to an upload step, anonymously, must
 * get a clear message on the same page, never a 5xx, and leave the rest of the draft as it was; a video must lose where
 * it was made. Each test fails if the attack works.
 */
@BluelampTest
class UploadAttackTest {

    private static final String PHOTO = "/report/missing-person/photo";
    private static final String EVIDENCE = "/report/crime/evidence-files";
    private static final String VIDEO = "/report/bsl-video-message/video";
    private static final String PLACE = "+52.6369-001.1398+062.000/";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileStore store;

    @Test
    void aSmallJpegOfFortyNineMegapixelsTurnedByExifIsRefusedClearly() {
        byte[] bomb = TestImages.plainGreyJpeg(7000, 7000, 6);
        assertThat(bomb.length).as("the attack is a small file").isLessThan(1024 * 1024);

        var photo = missingPersonUpToPhoto();
        var page = photo.upload(PHOTO, "photo", "face.jpg", bomb, "action", "continue");
        refusedOnThePage(page, PHOTO, "The selected file face.jpg is too large a picture");
        missingPersonAnswersKept(photo);

        var evidence = crimeUpToEvidence();
        page = evidence.upload(EVIDENCE, "evidence-files", "lock.jpg", bomb, "action", "upload");
        refusedOnThePage(page, EVIDENCE, "The selected file lock.jpg is too large a picture");
        crimeAnswersKept(evidence);
    }

    @Test
    void aPngClaimingAHundredThousandPixelsASideIsRefusedClearly() {
        byte[] png = TestImages.png(10, 10);
        ByteBuffer.wrap(png).putInt(16, 100_000).putInt(20, 100_000); // IHDR width and height; the CRC now lies too

        var photo = missingPersonUpToPhoto();
        refusedOnThePage(photo.upload(PHOTO, "photo", "face.png", png, "action", "continue"), PHOTO,
                "The selected file face.png");
        missingPersonAnswersKept(photo);

        var evidence = crimeUpToEvidence();
        refusedOnThePage(evidence.upload(EVIDENCE, "evidence-files", "scan.png", png, "action", "upload"), EVIDENCE,
                "The selected file scan.png");
        crimeAnswersKept(evidence);
    }

    @Test
    void aPdfOfTooManyPagesIsRefusedClearly() {
        byte[] pdf = TestPdfs.ofPages(501);

        var evidence = crimeUpToEvidence();
        refusedOnThePage(evidence.upload(EVIDENCE, "evidence-files", "dossier.pdf", pdf, "action", "upload"), EVIDENCE,
                "The selected file dossier.pdf has too many pages");
        crimeAnswersKept(evidence);

        var photo = missingPersonUpToPhoto();
        // Refused for its pages or its kind: either way, said clearly on the page.
        refusedOnThePage(photo.upload(PHOTO, "photo", "dossier.pdf", pdf, "action", "continue"), PHOTO,
                "The selected file dossier.pdf");
        missingPersonAnswersKept(photo);
    }

    @Test
    void aPdfListingMillionsOfObjectsIsRefusedClearly() {
        byte[] pdf = ("%PDF-1.7\n1 0 obj\n<< /Type /XRef /Size 50000000 /W [1 0 0] /Filter /FlateDecode /Length 0 >>"
                + "\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);

        var evidence = crimeUpToEvidence();
        refusedOnThePage(evidence.upload(EVIDENCE, "evidence-files", "bomb.pdf", pdf, "action", "upload"), EVIDENCE,
                "The selected file bomb.pdf is too complicated for us to check");
        crimeAnswersKept(evidence);
    }

    @Test
    void aVideoIsStoredWithoutWhereItWasMadeAndIsRefusedWherePhotosAreAsked() throws IOException {
        byte[] video = TestVideos.quicktimeWithLocation(PLACE);

        var session = new WebSession(port);
        session.get("/report/bsl-video-message");
        session.post("/report/bsl-video-message", "emergency", "no");
        var page = session.upload(VIDEO, "video", "message.mov", video, "action", "continue");
        assertThat(page.status()).isLessThan(500);
        assertThat(page.path()).isEqualTo("/report/bsl-video-message/your-name");
        var id = jdbc.sql("SELECT id FROM report_file WHERE file_name = 'message.mov' ORDER BY created_at DESC LIMIT 1")
                .query(UUID.class).single();
        try (InputStream kept = store.open(id).orElseThrow()) {
            byte[] stored = kept.readAllBytes();
            assertThat(stored).hasSameSizeAs(video);
            assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(PLACE, "ISO6709");
        }

        var photo = missingPersonUpToPhoto();
        refusedOnThePage(photo.upload(PHOTO, "photo", "face.mov", video, "action", "continue"), PHOTO,
                "The selected file face.mov must be a JPG or PNG");
        missingPersonAnswersKept(photo);
        var evidence = crimeUpToEvidence();
        refusedOnThePage(evidence.upload(EVIDENCE, "evidence-files", "clip.mov", video, "action", "upload"), EVIDENCE,
                "The selected file clip.mov must be a JPG, PNG or PDF");
        crimeAnswersKept(evidence);
    }

    @Test
    void ordinaryPhotosStillGoThroughWhileBombsArrive() throws Exception {
        byte[] bomb = TestImages.plainGreyJpeg(7000, 7000, 6);
        var attackers = new ArrayList<Future<Integer>>();
        try (var executor = Executors.newFixedThreadPool(3)) {
            for (int i = 0; i < 3; i++) {
                Callable<Integer> attack = () -> {
                    var session = missingPersonUpToPhoto();
                    int worst = 0;
                    for (int n = 0; n < 5; n++) {
                        worst = Math.max(worst, session.upload(PHOTO, "photo", "face.jpg", bomb, "action",
                                "continue").status());
                    }
                    return worst;
                };
                attackers.add(executor.submit(attack));
            }
            var person = missingPersonUpToPhoto();
            var page = person.upload(PHOTO, "photo", "face.jpg", TestImages.plainGreyJpeg(800, 600, 6), "action",
                    "continue");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.path()).as("the photo was taken and the journey went on").isEqualTo("/report/missing-person/where");
            for (var attacker : attackers) {
                assertThat(attacker.get()).as("no attack got a server error").isLessThan(500);
            }
        }
    }

    private void refusedOnThePage(WebSession.Page page, String path, String message) {
        assertThat(page.status()).as("never a server error").isLessThan(500);
        assertThat(page.path()).as("the same page").isEqualTo(path);
        assertThat(page.body()).contains("govuk-error-summary", message);
    }

    private WebSession missingPersonUpToPhoto() {
        var session = new WebSession(port);
        session.get("/report/missing-person");
        assertThat(session.post("/report/missing-person", "emergency", "no").path()).isEqualTo("/report/missing-person/risk");
        assertThat(session.post("/report/missing-person/risk", "risk", "none").path())
                .isEqualTo("/report/missing-person/person");
        var person = session.post("/report/missing-person/person", "person-name", "Pat Missing", "person-age", "about 40");
        assertThat(person.path()).as(person.body()).isEqualTo("/report/missing-person/description");
        var page = session.post("/report/missing-person/description", "description-clothing", "A red coat");
        assertThat(page.path()).isEqualTo(PHOTO);
        return session;
    }

    private static void missingPersonAnswersKept(WebSession session) {
        assertThat(session.get("/report/missing-person/person").body()).contains("Pat Missing", "about 40");
        assertThat(session.get("/report/missing-person/description").body()).contains("A red coat");
    }

    private WebSession crimeUpToEvidence() {
        var session = new WebSession(port);
        CrimeReportAnswers.upToCheckAnswers(session);
        session.post("/report/crime/evidence?change=true", "evidence", "yes", "evidence-yes-detail", "Photos");
        session.upload(EVIDENCE, "evidence-files", "first.png", TestImages.png(30, 30), "action", "upload");
        return session;
    }

    private static void crimeAnswersKept(WebSession session) {
        assertThat(session.get(EVIDENCE).body()).as("the file added before").contains("first.png (PNG,");
        assertThat(session.get("/report/crime/what-happened").body())
                .contains("My bike was taken from outside the library.");
        assertThat(session.get("/report/crime/check-answers").body()).contains("Alex Example", "Red bicycle");
    }

}
