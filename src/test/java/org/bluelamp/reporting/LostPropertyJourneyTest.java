package org.bluelamp.reporting;

import org.bluelamp.BluelampTest;
import org.bluelamp.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@BluelampTest
class LostPropertyJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLostPassportIsSignpostedToItsIssuerAndCannotBeSentToUs() {
        var session = new WebSession(port);
        session.get("/report/lost-property");
        session.post("/report/lost-property", "emergency", "no");
        var signpost = session.post("/report/lost-property/category", "category", "passport");
        assertThat(signpost.path()).isEqualTo("/report/lost-property/report-passport");
        assertThat(signpost.body()).contains("Report a lost passport to HM Passport Office",
                "href=\"https://www.gov.uk/report-a-lost-or-stolen-passport\"").doesNotContain("Continue</button>");
        assertThat(session.post("/report/lost-property/report-passport").path())
                .isEqualTo("/report/lost-property/report-passport");
        assertThat(session.get("/report/lost-property/check-answers").path())
                .isEqualTo("/report/lost-property/report-passport");
        assertThat(session.get("/report/lost-property/description").path())
                .isEqualTo("/report/lost-property/report-passport");
    }

    @Test
    void aLostPhoneIsReportedWithItsSerialNumberAndOpensAContact() {
        var session = new WebSession(port);
        session.get("/report/lost-property");
        session.post("/report/lost-property", "emergency", "no");
        session.post("/report/lost-property/category", "category", "phone");
        session.post("/report/lost-property/description", "description", "Black phone in a green case");
        session.post("/report/lost-property/identifying-marks", "identifying-marks", "");
        session.post("/report/lost-property/serial-number", "serial-number", "356938035643809");
        session.post("/report/lost-property/when", "when", "unknown", "when-unknown-detail", "Saturday afternoon");
        session.post("/report/lost-property/where", "where", "description", "where-description-detail",
                "On the number 14 bus into town");
        session.post("/report/lost-property/your-name", "your-name", "Sam Example");
        var check = session.post("/report/lost-property/contact-details", "contact-details-phone", "07700 900982");
        assertThat(check.path()).isEqualTo("/report/lost-property/check-answers");
        assertThat(check.body()).contains("356938035643809", "Saturday afternoon", "07700 900982")
                .containsPattern("Identifying marks</dt>\\s*<dd class=\"govuk-summary-list__value\">\\s*<p class=\"govuk-body\">Not given</p>");
        var confirmation = session.post("/report/lost-property/submit", "declaration", "accepted");
        assertThat(confirmation.body()).contains("Report sent");
        assertThat(jdbc.sql("SELECT count(*) FROM report WHERE service_id = 'lost-property' AND answers->'category'->>'value' = 'phone'")
                .query(Integer.class).single()).isPositive();
    }
}
