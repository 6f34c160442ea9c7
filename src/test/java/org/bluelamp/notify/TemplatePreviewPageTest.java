package org.bluelamp.notify;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff read every message the public can get, filled in with made-up values, one page for all. */
@BluelampTest
class TemplatePreviewPageTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountsForTests staff;

    @Test
    void everyTemplateIsShownFilledInWithItsSubjectEmailAndText() {
        var session = new WebSession(port);
        staff.signedIn(session, StaffRole.CONTACT_HANDLER);

        var page = session.get("/staff/outbox/templates");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Messages we send to the public", "Acknowledgement of a new report",
                "Your reference number is LP-7KD-M4Q-2XR", "Leicestershire Police: we have your report.",
                "Code to check a report", "482913", "Reminder of a visit tomorrow", "characters")
                .doesNotContain("((");
        assertThat(session.get("/staff/outbox").body()).contains("href=\"/staff/outbox/templates\"");
        // Issue 25: the test profile offers Welsh too, so each template is shown in both, marked with its language.
        assertThat(page.body()).contains("Email (Welsh)", "data-template-language=\"cy\"",
                "Eich cyfeirnod yw LP-7KD-M4Q-2XR");
    }
}
