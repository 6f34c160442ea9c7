package org.bluelamp.privacy.request;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.reporting.upload.TestImages;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A proof of identity is read as every upload from the public is: a picture too large to decode is refused from its
 * header with a clear message and nothing typed lost, and a phone photo loses where it was taken before it is kept.
 */
@BluelampTest
class IdentityProofAttackTest {

    private static final Pattern REFERENCE = Pattern.compile("data-reference>(DSR-\\d{4}-\\d{4})<");
    private static final String WHERE_IT_WAS_TAKEN = "GPS 52.6369N 1.1398W";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Test
    void aPictureBombIsRefusedAndAPhotoLosesWhereItWasTaken() {
        var person = new WebSession(port);
        person.get("/your-data");
        person.post("/your-data/start");
        person.post("/your-data/name", "fullName", "Ifan Pritchard", "otherNames", "", "dob-day", "2", "dob-month", "6",
                "dob-year", "1990");
        person.post("/your-data/contact", "email", "ifan.pritchard@example.com", "phone", "", "address", "",
                "postcode", "");
        person.post("/your-data/what", "wants", "everything");

        var bomb = person.upload("/your-data/identity", "file", "passport.jpg",
                TestImages.plainGreyJpeg(7000, 7000, 6), "identity", "upload");
        assertThat(bomb.status()).isEqualTo(200);
        assertThat(bomb.pathOnly()).isEqualTo("/your-data/identity");
        assertThat(bomb.body()).contains("The selected file is too large a picture");
        assertThat(person.get("/your-data/name").body()).as("nothing typed is lost").contains("Ifan Pritchard");

        var pretend = person.upload("/your-data/identity", "file", "passport.jpg",
                new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3}, "identity", "upload");
        assertThat(pretend.status()).isEqualTo(200);
        assertThat(pretend.body()).contains("The selected file could not be read");

        byte[] photo = TestImages.jpegWithExif(WHERE_IT_WAS_TAKEN);
        assertThat(person.upload("/your-data/identity", "file", "passport.jpg", photo, "identity", "upload")
                .pathOnly()).isEqualTo("/your-data/receive");
        person.post("/your-data/receive", "receive", "post", "address", "3 Heol y Bont", "postcode", "LL55 4UR");
        var sent = REFERENCE.matcher(person.post("/your-data/check").body());
        assertThat(sent.find()).as("a request reference").isTrue();

        var dpo = new WebSession(port);
        staffAccounts.signedIn(dpo, StaffRole.DATA_PROTECTION_OFFICER);
        var kept = dpo.download("/staff/data-requests/" + sent.group(1) + "/identity-proof");
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.body()).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(new String(kept.body(), StandardCharsets.ISO_8859_1)).doesNotContain(WHERE_IT_WAS_TAKEN)
                .doesNotContain("Exif");
    }
}
