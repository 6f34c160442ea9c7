package org.bluelamp.contact;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.reporting.CrimeReportAnswers;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Staff find a contact by whatever they know of it, and only contacts their menus would show them. */
@BluelampTest
class ContactSearchTest {

    private static final Pattern REFERENCE = Pattern.compile("([A-Z]{2,3}-[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3})");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    SearchableContacts contacts;

    @Autowired
    JdbcClient jdbc;

    WebSession handler;

    @BeforeEach
    void signIn() {
        handler = new WebSession(port);
        staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
    }

    private static String link(SearchableContacts.Made contact) {
        return "href=\"/staff/contacts/" + contact.reference() + "\"";
    }

    private WebSession.Page search(WebSession session, String typed) {
        return session.get("/staff/contacts/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
    }

    @Test
    void eachKindOfQueryFindsItsContactAndNoOther() {
        String surname = "Quillfeather" + SearchableContacts.letters(4).toLowerCase();
        String mobile = "7700" + SearchableContacts.digits(6);
        String postcode = SearchableContacts.postcode();
        String plate = SearchableContacts.letters(2) + "19" + SearchableContacts.letters(3);
        String word = "trebuchet" + SearchableContacts.letters(5).toLowerCase();
        var wanted = contacts.open(Instant.now(), SearchableContacts.particulars("Ada " + surname,
                surname.toLowerCase() + "@example.com", "+44" + mobile, postcode, plate,
                "Someone took the " + word + " from the shed on Mill Lane."));
        var other = contacts.open(Instant.now(), SearchableContacts.particulars("Bob Other",
                "other." + surname + "@example.com", "+447" + SearchableContacts.digits(9), SearchableContacts.postcode(),
                SearchableContacts.letters(2) + "20" + SearchableContacts.letters(3), "Nothing like the first."));

        var typed = new String[]{
                wanted.reference().toLowerCase().replace("-", " "),
                surname.toUpperCase() + "@Example.com",
                "0" + mobile.substring(0, 4) + " " + mobile.substring(4),
                postcode.toLowerCase().substring(0, postcode.length() - 3) + " " + postcode.substring(postcode.length() - 3),
                plate.substring(0, 4).toLowerCase() + " " + plate.substring(4),
                surname,
                "ada " + surname.substring(0, surname.length() - 1),
                word + " sheds"};
        for (String query : typed) {
            var page = search(handler, query);
            assertThat(page.status()).as(query).isEqualTo(200);
            assertThat(page.body()).as(query).contains(link(wanted)).doesNotContain(link(other));
        }
        assertThat(search(handler, plate).body()).as("what was typed stays in the box")
                .contains("value=\"" + plate + "\"", "Contacts found (1)");
    }

    @Test
    void aNameThatHasTheShapeOfAReferenceIsFoundAsAName() {
        assertThat(SearchQuery.of("James Murphy").reference()).as("the name passes a reference's check").isPresent();
        var wanted = contacts.open(Instant.now(), SearchableContacts.particulars("James Murphy", null, null, null,
                null, "Someone took the bicycle."));

        var page = search(handler, "james murphy");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(link(wanted));
    }

    @Test
    void aSearchShowsOnlyContactsTheStaffMemberMaySee() {
        String word = "zither" + SearchableContacts.letters(6).toLowerCase();
        var open = contacts.open(Instant.now(), SearchableContacts.particulars(null, null, null, null, null,
                "A stolen " + word + " from the open queue."));
        var roads = contacts.open(Instant.now(), SearchableContacts.particulars(null, null, null, null, null,
                "A stolen " + word + " the roads team has."));
        contacts.allocateToTeam(roads, "roads-policing");

        var officer = new WebSession(port);
        staffAccounts.signIn(officer, staffAccounts.create("roads-policing", StaffRole.OFFICER));

        assertThat(search(officer, word).body()).contains(link(roads)).doesNotContain(link(open));
        assertThat(search(handler, word).body()).contains(link(open)).doesNotContain(link(roads));
        assertThat(search(officer, open.reference()).body()).as("not even by its reference")
                .doesNotContain(link(open)).contains("No contacts found");
    }

    @Test
    void anyInputGivesAClearPageNeverAnError() {
        for (String query : new String[]{"", "   ", "x".repeat(1000), "'; DROP TABLE contact; --", "%", "_",
                "\"unclosed", "'", "a & b | !c", "<script>alert(1)</script>", "-", "or", "the", "\\", "@",
                "((", "::", "LE1", "\u0000", "Ünïcødé 名前"}) {
            var page = search(handler, query);
            assertThat(page.status()).as(query).isEqualTo(200);
            assertThat(page.body()).as(query).contains("<h1 class=\"govuk-heading-l\">Search contacts</h1>")
                    .doesNotContain("<script>alert(1)</script>");
        }
        assertThat(handler.get("/staff/contacts/search").body()).contains("Search contacts")
                .doesNotContain("No contacts found");
        assertThat(search(handler, "nothing-matches-" + SearchableContacts.letters(8)).body())
                .contains("No contacts found");
    }

    @Test
    void aReportSentOnlineIsFoundByWhatTheReporterGave() {
        String surname = "Marchbank" + SearchableContacts.letters(4).toLowerCase();
        String email = surname + "@example.net";
        var reporter = new WebSession(port);
        CrimeReportAnswers.upToCheckAnswers(reporter);
        reporter.post("/report/crime/your-name", "your-name", "Robin " + surname);
        reporter.post("/report/crime/contact-details", "contact-details-email", email.toUpperCase());
        var confirmation = reporter.post("/report/crime/submit", "declaration", "accepted");
        var matcher = REFERENCE.matcher(confirmation.body());
        assertThat(matcher.find()).isTrue();
        String reference = matcher.group(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM contact WHERE reference = :r AND emails <> '{}'").param("r", reference)
                .query(Integer.class).single() == 1);

        assertThat(jdbc.sql("SELECT emails[1] FROM contact WHERE reference = :r").param("r", reference)
                .query(String.class).single()).as("stored lower-case").isEqualTo(email.toLowerCase());
        for (String query : new String[]{email, "robin " + surname, surname, "le2 2bb", "bicycle library"}) {
            assertThat(search(handler, query).body()).as(query).contains(reference);
        }
    }

    @Test
    void namesAndWordsReachBackAsFarAsTheyNeed() {
        String word = "harmonium" + SearchableContacts.letters(6).toLowerCase();
        var old = contacts.open(Instant.now().minus(Duration.ofDays(400)), SearchableContacts.particulars(
                "Old " + word, null, null, null, null, "A " + word + " long ago."));
        var recent = contacts.open(Instant.now().minus(Duration.ofDays(2)), SearchableContacts.particulars(
                null, null, null, null, null, "A " + word + " this week."));

        var body = search(handler, word).body();
        assertThat(body).contains(link(old), link(recent), "Contacts found (2)");
        assertThat(body.indexOf(link(old))).as("the name matches, so ranks first").isLessThan(body.indexOf(link(recent)));
    }

    @Test
    void manyMatchesShowTheFirstFiftyAndSaySo() {
        String word = "ocarina" + SearchableContacts.letters(6).toLowerCase();
        for (int i = 0; i < SearchController.SHOWN + 1; i++) {
            contacts.open(Instant.now().minusSeconds(i), SearchableContacts.particulars(null, null, null, null, null,
                    "A lost " + word + "."));
        }
        var body = search(handler, word).body();
        assertThat(body).contains("The first 50 contacts found", "More contacts match than are shown");
        assertThat(Pattern.compile("href=\"/staff/contacts/TS-").matcher(body).results().count()).isEqualTo(50);
    }
}
