package org.bluelamp.reporting;

import org.bluelamp.BluelampTest;
import org.bluelamp.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@BluelampTest
class ReportingJourneyTest {

    private static final Pattern REFERENCE = Pattern.compile("data-reference>([A-Z0-9-]+)<");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    private WebSession session;
    private long reportsBefore;

    @BeforeEach
    void newBrowser() {
        session = new WebSession(port);
        reportsBefore = jdbc.sql("SELECT count(*) FROM report").query(Long.class).single();
    }

    @Test
    void aCompletedCrimeReportIsStoredWithItsReferenceAndOpensAContact() {
        var check = CrimeReportAnswers.upToCheckAnswers(session);
        assertThat(check.body()).contains("Red bicycle, £450.00", "LE1 1AA", "alex@example.com", "27 March 1985",
                "Between 3 November 2026, 9:00am and 3 November 2026, 11:30am");

        var confirmation = session.post("/report/crime/submit", "declaration", "accepted");
        assertThat(confirmation.path()).isEqualTo("/report/crime/confirmation");
        assertThat(confirmation.body()).contains("Report sent", "We'll contact you by email or text within 24 hours");
        String reference = reference(confirmation);
        assertThat(Reference.parse(reference)).isPresent();

        var stored = jdbc.sql("SELECT service_id, definition_version, answers::text AS answers FROM report WHERE reference = :r")
                .param("r", reference).query().singleRow();
        assertThat(stored).containsEntry("service_id", "crime").containsEntry("definition_version", 4);
        assertThat(stored.get("answers").toString()).contains("Red bicycle", "\"postcode\": \"LE1 1AA\"")
                .doesNotContain("stolen-items-description");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(*) FROM contact WHERE reference = :r AND first_response_due = received_at + interval '24 hours'")
                .param("r", reference).query(Integer.class).single()).isEqualTo(1));
    }

    @Test
    void theDeclarationMustBeAcceptedBeforeSending() {
        CrimeReportAnswers.upToCheckAnswers(session);
        var page = session.post("/report/crime/submit");
        assertThat(page.body()).contains("<title>Error: Check your answers", "href=\"#declaration\"",
                "Confirm that the information you have given is true");
        assertThat(countReports()).isZero();
    }

    @Test
    void submittingTwiceGivesTheSameReferenceAndOneReport() {
        CrimeReportAnswers.upToCheckAnswers(session);
        String first = reference(session.post("/report/crime/submit", "declaration", "accepted"));
        String again = reference(session.post("/report/crime/submit", "declaration", "accepted"));
        String refreshed = reference(session.get("/report/crime/confirmation"));
        assertThat(again).isEqualTo(first);
        assertThat(refreshed).isEqualTo(first);
        assertThat(countReports()).isEqualTo(1);
        assertThat(session.get("/report/crime/support-needs").path()).isEqualTo("/report/crime/confirmation");
    }

    @Test
    void twoSubmissionsAtTheSameMomentMakeOneReport() throws Exception {
        CrimeReportAnswers.upToCheckAnswers(session);
        var start = new CountDownLatch(1);
        var clicks = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return reference(session.post("/report/crime/submit", "declaration", "accepted"));
        })).toList();
        start.countDown();
        assertThat(clicks.get(0).get()).isEqualTo(clicks.get(1).get());
        assertThat(countReports()).isEqualTo(1);
    }

    @Test
    void anErrorShowsTheSummaryLinkedToTheFieldAndKeepsWhatWasTyped() {
        session.get("/report/crime");
        session.post("/report/crime", "emergency", "no");
        session.post("/report/crime/crime-type", "crime-type", "theft");
        String tooLong = "My story ".repeat(300);
        var page = session.post("/report/crime/what-happened", "what-happened", tooLong);
        assertThat(page.path()).isEqualTo("/report/crime/what-happened");
        assertThat(page.body()).contains("<title>Error: What happened?", "There is a problem",
                "href=\"#what-happened\"", "What happened must be 2,000 characters or fewer", tooLong.strip());
    }

    @Test
    void scriptsOddCharactersAndEmptyPostsGetClearErrorsNeverAServerError() {
        session.get("/report/crime");
        session.post("/report/crime", "emergency", "no");
        var empty = session.post("/report/crime/crime-type");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Select the kind of crime you are reporting");
        session.post("/report/crime/crime-type", "crime-type", "theft");

        var script = session.post("/report/crime/what-happened", "what-happened", "<script>alert('x')</script>");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("must not contain computer code")
                .contains("&lt;script&gt;alert(")
                .doesNotContain("<script>alert(");

        var reversed = session.post("/report/crime/what-happened", "what-happened", "stolen \u202Ereversed");
        assertThat(reversed.body()).contains("contains characters we cannot accept");

        var unknownChoice = session.post("/report/crime", "emergency", "perhaps");
        assertThat(unknownChoice.status()).isEqualTo(200);
        assertThat(unknownChoice.body()).contains("Select yes if a crime is happening now or anyone is in danger");

        assertThat(session.get("/report/crime/no-such-question").status()).isEqualTo(404);
        assertThat(session.get("/report/no-such-service").body()).contains("Page not found");
        assertThat(countReports()).isZero();
    }

    @Test
    void pagesCannotBeSkippedAndAJourneyCannotStartWithoutTheEmergencyCheck() {
        assertThat(session.get("/report/crime/your-name").path()).isEqualTo("/report/crime");
        session.post("/report/crime", "emergency", "no");
        assertThat(session.get("/report/crime/your-name").path()).isEqualTo("/report/crime/crime-type");
        assertThat(session.get("/report/crime/check-answers").path()).isEqualTo("/report/crime/crime-type");
    }

    @Test
    void anEmergencyIsSentTo999WithDeafOptions() {
        session.get("/report/crime");
        var page = session.post("/report/crime", "emergency", "yes");
        assertThat(page.pathOnly()).isEqualTo("/report/emergency");
        assertThat(page.body()).contains("Call 999 now", "999 BSL", "emergencySMS", "18000");
    }

    @Test
    void aWayToContactThemThatTheirDetailsCannotReachIsAnErrorOnThatPage() {
        CrimeReportAnswers.upToCheckAnswers(session);
        var phoneCall = session.post("/report/crime/preferred-contact?change=true", "preferred-contact", "phone");
        assertThat(phoneCall.path()).isEqualTo("/report/crime/preferred-contact?change=true");
        assertThat(phoneCall.body()).contains("<title>Error:", "There is a problem", "href=\"#preferred-contact\"",
                "You did not give us a phone number. Select another way to contact you, or go back and enter a phone number",
                "value=\"phone\" checked");
        var text = session.post("/report/crime/preferred-contact?change=true", "preferred-contact", "text");
        assertThat(text.body()).contains("You did not give us a UK mobile number.", "value=\"text\" checked");
        assertThat(session.get("/report/crime/check-answers").body()).as("the answer before stays")
                .contains("Preferred contact").doesNotContain("Text message");

        session.post("/report/crime/contact-details?change=true", "contact-details-email", "alex@example.com",
                "contact-details-phone", "07700 900982");
        var withAMobile = session.post("/report/crime/preferred-contact?change=true", "preferred-contact", "text");
        assertThat(withAMobile.path()).isEqualTo("/report/crime/check-answers");
        var mobileRemoved = session.post("/report/crime/contact-details?change=true",
                "contact-details-email", "alex@example.com", "contact-details-phone", "");
        assertThat(mobileRemoved.body())
                .contains("Enter a UK mobile number, because you asked us to contact you by text message");

        var confirmation = session.post("/report/crime/submit", "declaration", "accepted");
        var stored = jdbc.sql("SELECT reporter::text FROM report WHERE reference = :r")
                .param("r", reference(confirmation)).query(String.class).single();
        assertThat(stored).contains("\"preference\": \"text\"", "\"phone\": \"+447700900982\"");
    }

    @Test
    void aTheftGoesStraightToWhatWasStolen() {
        session.get("/report/crime");
        session.post("/report/crime", "emergency", "no");
        session.post("/report/crime/crime-type", "crime-type", "theft");
        session.post("/report/crime/what-happened", "what-happened", "My phone was taken from my bag.");
        session.post("/report/crime/when", "when", "exact", "when-exact-day", "3", "when-exact-month", "11",
                "when-exact-year", "2026", "when-exact-time", "9am");
        var next = session.post("/report/crime/where", "where", "address", "where-line1", "1 Library Street",
                "where-town", "Leicester", "where-postcode", "le1 1aa");
        assertThat(next.path()).isEqualTo("/report/crime/stolen-items");
        assertThat(next.body()).contains("What was stolen?").doesNotContain("Was anything stolen?");
    }

    @Test
    void theReportersDateOfBirthCanBeFilledInByTheBrowser() {
        CrimeReportAnswers.upToCheckAnswers(session);
        assertThat(session.get("/report/crime/date-of-birth").body()).contains("id=\"date-of-birth-day\"",
                "autocomplete=\"bday-day\"", "autocomplete=\"bday-month\"", "autocomplete=\"bday-year\"");
        assertThat(session.get("/report/crime/when").body()).doesNotContain("bday");
    }

    @Test
    void notAnEmergencyGoesBackToTheChosenReport() {
        session.get("/report/road-traffic-collision");
        var page = session.post("/report/road-traffic-collision", "emergency", "yes");
        assertThat(page.path()).isEqualTo("/report/emergency?from=road-traffic-collision");
        assertThat(page.body()).contains("href=\"/report/road-traffic-collision\">It is not an emergency: go back to your report")
                .doesNotContain("href=\"/report\">It is not an emergency");
        assertThat(session.get("/report/emergency?from=no-such-service").body())
                .contains("href=\"/report\">It is not an emergency: go back to reporting online");
    }

    @Test
    void theCollisionReportAsksAboutDangerOnTheRoadNotBreakIns() {
        var start = session.get("/report/road-traffic-collision").body();
        assertThat(start).contains("Is anyone hurt, or is anyone in danger on the road now?", "drunk")
                .doesNotContain("break-in", "a crime happening");
        assertThat(session.post("/report/road-traffic-collision").body())
                .contains("Select yes if anyone is hurt or in danger on the road now");
        assertThat(session.get("/report/crime").body()).contains("Is a crime happening now", "break-in");
    }

    @Test
    void aDriverWhoDidNotSwapDetailsIsToldTheirDutyToReportIsMetOnlyWhenItIs() {
        var london = clock.instant().atZone(org.bluelamp.platform.LondonTime.ZONE);
        var met = collision("driver", "no", london.minusHours(3));
        assertThat(met.body()).contains("within 24 hours", "section 170 of the Road Traffic Act 1988");

        session = new WebSession(port);
        var tooLate = collision("driver", "no", london.minusDays(3));
        assertThat(tooLate.body()).contains("Report sent").doesNotContain("section 170");

        session = new WebSession(port);
        var swapped = collision("driver", "yes", london.minusHours(3));
        assertThat(swapped.body()).contains("Report sent").doesNotContain("section 170");

        session = new WebSession(port);
        var witness = collision("witness", "no", london.minusHours(3));
        assertThat(witness.body()).contains("Report sent").doesNotContain("section 170");
    }

    private WebSession.Page collision(String role, String detailsExchanged, java.time.ZonedDateTime when) {
        String rtc = "/report/road-traffic-collision";
        session.get(rtc);
        session.post(rtc, "emergency", "no");
        session.post(rtc + "/injuries", "injuries", "no");
        session.post(rtc + "/role", "role", role);
        session.post(rtc + "/details-exchanged", "details-exchanged", detailsExchanged);
        session.post(rtc + "/when", "when", "exact", "when-exact-day", String.valueOf(when.getDayOfMonth()),
                "when-exact-month", String.valueOf(when.getMonthValue()), "when-exact-year",
                String.valueOf(when.getYear()), "when-exact-time", "%d:%02d".formatted(when.getHour(), when.getMinute()));
        session.post(rtc + "/where", "where", "address", "where-line1", "1 London Road", "where-town", "Leicester",
                "where-postcode", "LE2 0QB");
        var vehicles = session.get(rtc + "/vehicles");
        assertThat(vehicles.body()).contains("Add a vehicle").doesNotContain("Add an vehicle");
        session.post(rtc + "/vehicles", "action", "add", "vehicles-registration", "hh-ab 1234", "vehicles-description",
                "Blue Ford Fiesta");
        session.post(rtc + "/vehicles", "action", "continue");
        session.post(rtc + "/what-happened", "what-happened", "A car reversed into mine at the lights.");
        session.post(rtc + "/conditions", "conditions", "");
        session.post(rtc + "/dashcam", "dashcam", "no");
        session.post(rtc + "/your-name", "your-name", "Sam Driver");
        session.post(rtc + "/contact-details", "contact-details-email", "sam@example.com");
        session.post(rtc + "/preferred-contact", "preferred-contact", "email");
        session.post(rtc + "/safe-to-contact", "safe-to-contact", "any-time");
        var check = session.post(rtc + "/support-needs", "support-needs", "none");
        assertThat(check.path()).isEqualTo(rtc + "/check-answers");
        assertThat(check.body()).as("a plate from abroad is taken as written").contains("HH-AB 1234");
        var sent = session.post(rtc + "/submit", "declaration", "accepted");
        assertThat(sent.path()).isEqualTo(rtc + "/confirmation");
        return sent;
    }

    @Test
    void aChangeFromCheckAnswersAsksWhatTheNewAnswerNeedsThenReturns() {
        CrimeReportAnswers.upToCheckAnswers(session);
        var burglary = session.post("/report/crime/crime-type?change=true", "crime-type", "burglary");
        assertThat(burglary.path()).as("a burglary may have been only an attempt")
                .isEqualTo("/report/crime/anything-stolen?change=true");
        var noLongerStolen = session.post("/report/crime/anything-stolen?change=true", "anything-stolen", "no");
        assertThat(noLongerStolen.path()).isEqualTo("/report/crime/check-answers");
        assertThat(noLongerStolen.body()).doesNotContain("Red bicycle");

        var stolenAfterAll = session.post("/report/crime/anything-stolen?change=true", "anything-stolen", "yes");
        assertThat(stolenAfterAll.path()).isEqualTo("/report/crime/stolen-items?change=true");
        var back = session.post("/report/crime/stolen-items?change=true", "action", "continue",
                "stolen-items-description", "Blue scooter");
        assertThat(back.path()).isEqualTo("/report/crime/check-answers");
        assertThat(back.body()).contains("Blue scooter");
    }

    @Test
    void leavingForgetsTheDraftAndGoesToANeutralSite() {
        session.get("/report/crime");
        session.post("/report/crime", "emergency", "no");
        session.post("/report/crime/crime-type", "crime-type", "assault");
        assertThat(countDrafts()).isPositive();
        long before = countDrafts();

        var response = session.raw("/leave");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("https://www.bbc.co.uk/weather");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("bluelamp_draft=;")
                && c.contains("Max-Age=0"));
        assertThat(countDrafts()).isEqualTo(before - 1);
        assertThat(session.get("/report/crime/what-happened").path()).isEqualTo("/report/crime");
    }

    @Test
    void theDraftCookieIsHttpOnlyAndSameSiteAndTheDatabaseKeepsOnlyItsHash() throws Exception {
        session.get("/report/crime");
        session.post("/report/crime", "emergency", "no");
        String token = session.cookie("bluelamp_draft");
        assertThat(token).hasSize(43);
        assertThat(jdbc.sql("SELECT count(*) FROM report_draft WHERE token_hash = :t").param("t", token)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM report_draft WHERE token_hash = :t").param("t", sha256(token))
                .query(Integer.class).single()).isOne();
        var fresh = new WebSession(port).raw("/report/crime");
        assertThat(fresh.statusCode()).isEqualTo(200);
    }

    @Test
    void anExpiredDraftIsNotResumed() throws Exception {
        session.get("/report/crime");
        session.post("/report/crime", "emergency", "no");
        session.post("/report/crime/crime-type", "crime-type", "theft");
        jdbc.sql("UPDATE report_draft SET expires_at = now() - interval '1 minute' WHERE token_hash = :t")
                .param("t", sha256(session.cookie("bluelamp_draft"))).update();
        assertThat(session.get("/report/crime/what-happened").path()).isEqualTo("/report/crime");
    }

    @Test
    void aCrimeReportInWelshReadsTheWelshDefinitionAndSwitchingLanguageKeepsThePlaceAndEveryAnswer() {
        var start = session.get("/report/crime?lang=cy");
        assertThat(start.path()).isEqualTo("/report/crime");
        assertThat(start.body()).contains("<html lang=\"cy\"", "Rhoi gwybod am drosedd");
        session.post("/report/crime", "emergency", "no");

        var question = session.get("/report/crime/crime-type");
        assertThat(question.body()).contains("Pa fath o drosedd ydych chi", "Lladrad", "Difrod troseddol")
                .doesNotContain("Criminal damage");
        var empty = session.post("/report/crime/crime-type");
        assertThat(empty.body()).contains("Dewiswch y math o drosedd rydych chi")
                .doesNotContain("Select the kind of crime");

        session.post("/report/crime/crime-type", "crime-type", "theft");
        assertThat(session.get("/report/crime/what-happened").body())
                .contains("data-i18n.characters-under-limit.other=\"Mae gennych chi %{count} nod ar ôl\"")
                .contains("data-i18n.characters-over-limit.one=\"Mae gennych chi %{count} nod yn ormod\"");
        session.post("/report/crime/what-happened", "what-happened", "My bike was taken.");
        session.post("/report/crime/when", "when", "exact", "when-exact-day", "3", "when-exact-month", "11",
                "when-exact-year", "2026", "when-exact-time", "9am");
        var items = session.post("/report/crime/where", "where", "address", "where-line1", "1 Library Street",
                "where-town", "Leicester", "where-postcode", "le1 1aa");
        assertThat(items.path()).isEqualTo("/report/crime/stolen-items");
        assertThat(items.body()).contains("Ychwanegu eitem").doesNotContain("Add an", "Ychwanegu an eitem");

        var inEnglish = session.get("/report/crime/crime-type?lang=en");
        assertThat(inEnglish.path()).isEqualTo("/report/crime/crime-type");
        assertThat(inEnglish.body()).contains("<html lang=\"en-GB\"", "What kind of crime are you reporting?")
                .containsPattern("value=\"theft\"[^>]*checked");

        session.get("/report/crime?lang=cy");
        var check = CrimeReportAnswers.upToCheckAnswers(session);
        assertThat(check.path()).isEqualTo("/report/crime/check-answers");
        assertThat(check.body()).contains("<html lang=\"cy\"", "Math o drosedd", "Lladrad", "Red bicycle",
                "alex@example.com").doesNotContain(">Theft<");

        var switched = session.get("/report/crime/check-answers?lang=en");
        assertThat(switched.path()).isEqualTo("/report/crime/check-answers");
        assertThat(switched.body()).contains("Kind of crime", "Theft", "Red bicycle", "alex@example.com",
                "My bike was taken from outside the library.").doesNotContain("Lladrad");
    }

    @Test
    void aReportSentInWelshIsStoredInTheEnglishOfItsDefinitionForStaff() {
        session.get("/report?lang=cy");
        CrimeReportAnswers.upToCheckAnswers(session);
        var confirmation = session.post("/report/crime/submit", "declaration", "accepted");
        assertThat(confirmation.body()).contains("<html lang=\"cy\"");
        String reference = reference(confirmation);

        var stored = jdbc.sql("SELECT service_title, summary::text AS summary, answers::text AS answers FROM report "
                + "WHERE reference = :r").param("r", reference).query().singleRow();
        assertThat(stored).containsEntry("service_title", "Report a crime");
        assertThat(stored.get("summary").toString()).contains("Kind of crime", "Theft")
                .doesNotContain("Lladrad", "Math o drosedd");
        assertThat(stored.get("answers").toString()).contains("\"theft\"").doesNotContain("Lladrad");
    }

    /** Reports stored since this test began: tests in a class run one at a time. */
    private long countReports() {
        return jdbc.sql("SELECT count(*) FROM report").query(Long.class).single() - reportsBefore;
    }

    private long countDrafts() {
        return jdbc.sql("SELECT count(*) FROM report_draft").query(Long.class).single();
    }

    private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    private static String reference(WebSession.Page page) {
        var matcher = REFERENCE.matcher(page.body());
        assertThat(matcher.find()).as("a reference on " + page.path()).isTrue();
        return matcher.group(1);
    }
}
