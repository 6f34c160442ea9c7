package org.bluelamp.tracking;

import org.bluelamp.BluelampTest;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.MovableClock;
import org.bluelamp.TestClock;
import org.springframework.context.annotation.Import;
import org.bluelamp.WebSession;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.upload.TestImages;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the tracking HTTP tests share: the server, the movable clock, a report whose reporter gave an email and a
 * mobile, a reporter past the code step, a handler signed in. Each test class carries the same annotations itself
 * (one configuration, so one application context).
 */
abstract class TrackedReportTests {

    static final String EMAIL = "alex@example.com";
    static final String PHONE = "+447700900982";
    static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CodesForTests codes;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    org.bluelamp.contact.clocks.ServiceClocks clocks;

    @Autowired
    org.bluelamp.platform.language.LanguageTexts languageTexts;

    @Autowired
    SatisfactionLinksForTests satisfactionLinks;

    @Autowired
    SatisfactionAnswersJob satisfactionAnswersJob;

    @BeforeEach
    void freshWindowForTheLimits() {
        clock.advance(Duration.ofHours(1));
    }

    void named(StaffAccountsForTests.Account account, String displayName) {
        jdbc.sql("UPDATE staff_account SET display_name = :name WHERE username = :u").param("name", displayName)
                .param("u", account.username()).update();
    }

    WebSession signedInReporter(String reference) {
        var reporter = new WebSession(port);
        reporter.get("/track");
        var codePage = reporter.post("/track", "reference", reference, "contact", EMAIL);
        reporter.post("/track/code", "challenge", challenge(codePage).toString(), "contact", EMAIL,
                "code", codes.forChallenge(challenge(codePage)).getFirst().code());
        return reporter;
    }

    /** Signs in with the app's code for the time the server keeps, which these tests move on. */
    void signIn(WebSession session, StaffAccountsForTests.Account account) {
        session.get("/staff/sign-in");
        session.post("/staff/sign-in", "username", account.username(), "password", StaffAccountsForTests.PASSWORD);
        session.post("/staff/sign-in/code", "code", account.codeAt(clock.instant()));
    }

    /** A crime report whose reporter gave an email and a mobile. */
    String reportWithContactDetails(String story) {
        String reference = OnlineReports.crime(port, jdbc, story);
        // Until submission fills report.reporter (being built on main), the reporter is set as it will store them.
        jdbc.sql("""
                        UPDATE report SET reporter = CAST(:reporter AS jsonb)
                        WHERE id = (SELECT report_id FROM contact WHERE reference = :r)""")
                .param("reporter", """
                        {"name": "Alex Example", "email": "%s", "phone": "%s", "preference": "email",
                         "safety": null, "safeTimes": [], "anonymous": false}""".formatted(EMAIL, PHONE))
                .param("r", reference).update();
        return reference;
    }

    static String unknownReference() {
        return Reference.random("LP", new Random()).value();
    }

    static UUID challenge(WebSession.Page page) {
        var matcher = CHALLENGE.matcher(page.body());
        assertThat(matcher.find()).as("a challenge on the page").isTrue();
        return UUID.fromString(matcher.group(1));
    }

    /** The page without what differs on every page anyway: the challenge id and the CSRF token. */
    static String comparable(String body) {
        return CHALLENGE.matcher(body).replaceAll("name=\"challenge\" value=\"…\"")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"…\"");
    }
}
