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
 * "Check your report" over HTTP, as a browser without JavaScript: the same pages whatever matched, the limits, the
 * code, access to the report and its end, and the page in Welsh. The reporter's conversation is in
 * {@link TrackedReportConversationTest}; who deals with it, support, rights and "How did we do?" in
 * {@link TrackedReportCareTest}. The three share one configuration, so one application context.
 */
@BluelampTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"bluelamp.limits.actions.tracking-code.per-recipient=3",
        "bluelamp.limits.actions.tracking-code.per-client=8", "bluelamp.tracking.messages-per-day=3"})
@Import(MovableClock.class)
class TrackYourReportTest extends TrackedReportTests {

    private static final Pattern TIME = Pattern.compile("<time datetime=\"([^\"]+)\">([^<]+)</time>");

    @Test
    void theCodePageIsTheSameForAWrongReferenceAWrongContactAndTheRightDetails() {
        String reference = reportWithContactDetails("Someone took my bike from outside the library.");
        var person = new WebSession(port);
        person.get("/track");

        var wrongReference = person.post("/track", "reference", unknownReference(), "contact", EMAIL);
        var right = person.post("/track", "reference", reference, "contact", EMAIL);
        var wrongReferenceOther = person.post("/track", "reference", unknownReference(), "contact", "sam@example.org");
        var wrongContact = person.post("/track", "reference", reference, "contact", "sam@example.org");

        assertThat(wrongReference.status()).isEqualTo(200);
        assertThat(wrongReference.body()).contains("If the details match a report, we have sent a 6-digit code to",
                "<strong class=\"bluelamp-break-words\">" + EMAIL + "</strong>");
        assertThat(comparable(wrongReference.body())).isEqualTo(comparable(right.body()));
        assertThat(comparable(wrongReferenceOther.body())).isEqualTo(comparable(wrongContact.body()));
        assertThat(codes.forChallenge(challenge(right))).singleElement()
                .satisfies(sent -> assertThat(sent.email().value()).isEqualTo(EMAIL));
        assertThat(codes.forChallenge(challenge(wrongContact))).isEmpty();
        var matched = person.post("/track", "reference", reference.toLowerCase(), "contact", " Alex@Example.com ");
        assertThat(codes.forChallenge(challenge(matched))).singleElement()
                .satisfies(sent -> assertThat(sent.email().value()).as("sent to the address as typed")
                        .isEqualTo("Alex@example.com"));
    }

    @Test
    void detailsInTheWrongShapeAreFieldErrorsThatKeepWhatWasTyped() {
        var person = new WebSession(port);
        person.get("/track");
        var page = person.post("/track", "reference", "LP-7K3-M9Q-TXD", "contact", "not an address");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("There is a problem", "Enter the reference number exactly as we gave it to you",
                "Enter an email address, like name@example.com, or a UK phone number", "value=\"LP-7K3-M9Q-TXD\"",
                "value=\"not an address\"", "href=\"#reference\"", "href=\"#contact\"");
        var empty = person.post("/track", "reference", "", "contact", "");
        assertThat(empty.body()).contains("Enter your reference number", "Enter the email address or phone number you gave us");
    }

    @Test
    void wrongAndExpiredCodesReadTheSameAsTheyDoForADecoy() {
        String reference = reportWithContactDetails("My car was scratched along one side in the car park.");
        var person = new WebSession(port);
        person.get("/track");
        var decoy = challenge(person.post("/track", "reference", unknownReference(), "contact", EMAIL));
        var real = challenge(person.post("/track", "reference", reference, "contact", EMAIL));
        String code = codes.forChallenge(real).getFirst().code();
        String wrong = "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);

        var wrongForDecoy = person.post("/track/code", "challenge", decoy.toString(), "contact", EMAIL, "code", wrong);
        var wrongForReal = person.post("/track/code", "challenge", real.toString(), "contact", EMAIL, "code", wrong);
        assertThat(wrongForReal.body()).contains("The code is not right", "you have 4 more tries");
        assertThat(comparable(wrongForReal.body())).isEqualTo(comparable(wrongForDecoy.body()));

        clock.advance(Duration.ofMinutes(11));
        var expiredForDecoy = person.post("/track/code", "challenge", decoy.toString(), "contact", EMAIL, "code", wrong);
        var expiredForReal = person.post("/track/code", "challenge", real.toString(), "contact", EMAIL, "code", code);
        assertThat(expiredForReal.body()).contains("This code can no longer be used");
        assertThat(comparable(expiredForReal.body())).isEqualTo(comparable(expiredForDecoy.body()));
        assertThat(person.cookie(AccessCookie.NAME)).isNull();
    }

    @Test
    void tooManyTriesLockTheCodeAsTheyDoADecoy() {
        String reference = reportWithContactDetails("Someone stole the parcel from my doorstep.");
        var person = new WebSession(port);
        person.get("/track");
        var decoy = challenge(person.post("/track", "reference", unknownReference(), "contact", EMAIL));
        var real = challenge(person.post("/track", "reference", reference, "contact", EMAIL));
        String code = codes.forChallenge(real).getFirst().code();
        String wrong = "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
        WebSession.Page lockedReal = null;
        WebSession.Page lockedDecoy = null;
        for (int i = 0; i < 5; i++) {
            lockedReal = person.post("/track/code", "challenge", real.toString(), "contact", EMAIL, "code", wrong);
            lockedDecoy = person.post("/track/code", "challenge", decoy.toString(), "contact", EMAIL, "code", wrong);
        }
        assertThat(comparable(lockedReal.body())).isEqualTo(comparable(lockedDecoy.body()));
        var rightTooLate = person.post("/track/code", "challenge", real.toString(), "contact", EMAIL, "code", code);
        assertThat(rightTooLate.body()).contains("This code can no longer be used");
    }

    @Test
    void codeRequestsAreLimitedPerReferenceAndPerClientWhetherOrNotTheReferenceExists() {
        String reference = reportWithContactDetails("My garden shed was broken into.");
        var person = new WebSession(port);
        person.get("/track");
        for (int i = 0; i < 3; i++) {
            assertThat(person.post("/track", "reference", reference, "contact", EMAIL).status()).isEqualTo(200);
        }
        var refused = person.post("/track", "reference", reference, "contact", EMAIL);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("You have tried this too many times", "You can try again after");
        assertThat(codes.forReference(reference)).hasSize(3);

        String unknown = unknownReference();
        for (int i = 0; i < 3; i++) {
            assertThat(person.post("/track", "reference", unknown, "contact", EMAIL).status()).isEqualTo(200);
        }
        var refusedUnknown = person.post("/track", "reference", unknown, "contact", EMAIL);
        assertThat(refusedUnknown.status()).isEqualTo(429);
        assertThat(comparable(refusedUnknown.body())).isEqualTo(comparable(refused.body()));

        var fromThisClient = person.post("/track", "reference", unknownReference(), "contact", EMAIL);
        assertThat(fromThisClient.status()).as("9 requests from one client, over its 8").isEqualTo(429);

        clock.advance(Duration.ofHours(1));
        assertThat(person.post("/track", "reference", reference, "contact", EMAIL).status()).isEqualTo(200);
    }

    @Test
    void withoutAccessTheReportPageSendsPeopleToTheStart() {
        var stranger = new WebSession(port);
        assertThat(stranger.get("/track/report").pathOnly()).isEqualTo("/track");
        stranger.addCookie(AccessCookie.NAME, "made-up");
        assertThat(stranger.get("/track/report/add").pathOnly()).isEqualTo("/track");
    }

    @Test
    void accessEndsAfterHalfAnHourIdle() {
        String reference = reportWithContactDetails("Somebody kicked my fence down last night.");
        var reporter = new WebSession(port);
        reporter.get("/track");
        var codePage = reporter.post("/track", "reference", reference, "contact", "07700900982");
        reporter.post("/track/code", "challenge", challenge(codePage).toString(), "contact", "07700900982",
                "code", codes.forChallenge(challenge(codePage)).getFirst().code());
        clock.advance(Duration.ofMinutes(20));
        assertThat(reporter.get("/track/report").pathOnly()).isEqualTo("/track/report");
        clock.advance(Duration.ofMinutes(20));
        assertThat(reporter.get("/track/report").pathOnly()).as("used 20 minutes ago").isEqualTo("/track/report");
        clock.advance(Duration.ofMinutes(31));
        assertThat(reporter.get("/track/report").pathOnly()).isEqualTo("/track");
    }

    @Test
    void leavingTheSiteEndsAccessToTheReportSoTheKeptCookieAndBackShowNothing() {
        String reference = reportWithContactDetails("My ex keeps turning up outside my flat.");
        var reporter = signedInReporter(reference);
        var report = reporter.get("/track/report");
        assertThat(report.body()).contains(reference, "Where your report is");
        assertThat(reporter.lastHeaders().firstValue("Cache-Control").orElse("")).as("Back asks the server again")
                .contains("no-store");
        assertThat(reporter.get("/track/report/add").pathOnly()).isEqualTo("/track/report/add");
        assertThat(reporter.lastHeaders().firstValue("Cache-Control").orElse("")).contains("no-store");
        String kept = reporter.cookie(AccessCookie.NAME);

        var left = reporter.raw("/leave");
        assertThat(left.statusCode()).isEqualTo(303);
        assertThat(left.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith(AccessCookie.NAME + "=;")
                && c.contains("Max-Age=0"));

        var back = reporter.get("/track/report");
        assertThat(back.pathOnly()).isEqualTo("/track");
        assertThat(back.body()).doesNotContain(reference);
        var copied = new WebSession(port);
        copied.addCookie(AccessCookie.NAME, kept);
        assertThat(copied.get("/track/report").pathOnly()).as("the cookie, kept or copied, opens nothing")
                .isEqualTo("/track");
        assertThat(copied.get("/track/report/add").pathOnly()).isEqualTo("/track");
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_access WHERE token_hash = :h")
                .param("h", org.bluelamp.platform.SecretTokens.hash(kept)).query(Integer.class).single()).isZero();
    }

    @Test
    void theAccessCookieIsHttpOnlyLaxAndSiteWideSoLeavingCanEndItAndTheLinkInAMessageOpensTheReport() throws Exception {
        String reference = reportWithContactDetails("Someone sprayed paint over my garage door.");
        var reporter = new WebSession(port);
        reporter.get("/track/" + reference);
        var codePage = reporter.post("/track", "reference", reference, "contact", EMAIL);
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(codePage.body());
        assertThat(csrf.find()).isTrue();
        String form = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&challenge="
                + challenge(codePage) + "&contact=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&code="
                + codes.forChallenge(challenge(codePage)).getFirst().code();
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/track/code"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "bluelamp_csrf=" + reporter.cookie("bluelamp_csrf"))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(AccessCookie.NAME + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Path=/;", "HttpOnly", "SameSite=Lax")
                .as("over plain HTTP in tests; Secure over HTTPS").doesNotContain("Secure", "Max-Age", "Expires");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID")
                || c.startsWith("bluelamp_staff_session"));

        var browser = new WebSession(port);
        browser.addCookie(AccessCookie.NAME, cookie.substring(AccessCookie.NAME.length() + 1, cookie.indexOf(';')));
        assertThat(browser.get("/track/" + reference.toLowerCase()).pathOnly()).as("a link from a message, with access")
                .isEqualTo("/track/report");
        String other = unknownReference();
        assertThat(browser.get("/track/" + other).body()).as("another reference: the form, filled in")
                .contains("value=\"" + other + "\"", "Check your report");
    }

    @Test
    void aReporterReadingInWelshSeesTheKindOfReportInWelsh() {
        String reference = reportWithContactDetails("Someone let down all four tyres of my car.");
        var reporter = signedInReporter(reference);

        assertThat(reporter.get("/track/report").body()).contains("Report a crime");
        var welsh = reporter.get("/track/report?lang=cy");
        assertThat(welsh.path()).isEqualTo("/track/report");
        assertThat(welsh.body()).contains("<html lang=\"cy\"", "Rhoi gwybod am drosedd", reference)
                .doesNotContain("Report a crime");
    }

    @Test
    void theReportsDatesReadInWelshOnTheWelshPage() {
        String reference = reportWithContactDetails("Someone scratched my car in the car park.");
        var reporter = signedInReporter(reference);

        var english = TIME.matcher(reporter.get("/track/report").body());
        var welsh = TIME.matcher(reporter.get("/track/report?lang=cy").body());

        assertThat(english.find()).isTrue();
        assertThat(welsh.find()).isTrue();
        var received = java.time.Instant.parse(english.group(1)).atZone(java.time.ZoneId.of("Europe/London"));
        assertThat(english.group(2)).startsWith(java.time.format.DateTimeFormatter
                .ofPattern("d MMMM yyyy", java.util.Locale.UK).format(received) + " at ");
        // The month in Welsh ("Rhagfyr"), joined to the time with "am", not "at"
        assertThat(welsh.group(2)).startsWith(java.time.format.DateTimeFormatter
                .ofPattern("d MMMM yyyy", java.util.Locale.of("cy")).format(received) + " am ")
                .isNotEqualTo(english.group(2));
    }
}
