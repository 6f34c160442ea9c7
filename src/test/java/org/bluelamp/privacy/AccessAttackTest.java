package org.bluelamp.privacy;

import org.bluelamp.BluelampTest;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack of issue 21 on the access log, as real requests: a supervisor, who may not open subject access requests,
 * read a requester's name, date of birth, email and phone from the log of the data protection team's search. The
 * test fails if any of them can be read from the page or is stored in the log.
 */
@BluelampTest
class AccessAttackTest {

    private static final Pattern REFERENCE = Pattern.compile("data-reference>(DSR-\\d{4}-\\d{4})<");
    private static final String NAME = "Morwenna Quillfeather";
    private static final String EMAIL = "morwenna.quill@example.com";
    private static final String PHONE = "07700 900417";
    private static final String BORN = "1979-08-14";
    private static final String POSTCODE = "LE3 9QQ";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Test
    void aSupervisorReadingTheLogAfterASubjectSearchLearnsNothingAboutTheRequester() {
        String request = requestFrom();
        var dpo = new WebSession(port);
        var officer = staffAccounts.signedIn(dpo, StaffRole.DATA_PROTECTION_OFFICER);
        dpo.post("/staff/data-requests/" + request + "/search", "name", NAME, "dateOfBirth", BORN, "email", EMAIL,
                "phone", PHONE, "postcode", POSTCODE, "reference", "");
        var handler = new WebSession(port);
        var handlerAccount = staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
        handler.get("/staff/contacts/search?q=" + EMAIL);
        handler.get("/staff/contacts/search?q=" + NAME.replace(' ', '+'));

        List<String> stored = jdbc.sql("SELECT detail::text || coalesce(reason, '') FROM access_log WHERE actor IN (:a, :b)")
                .param("a", officer.username()).param("b", handlerAccount.username()).query(String.class).list();
        assertThat(stored).isNotEmpty();
        assertThat(String.join("\n", stored)).as("the stored detail column")
                .doesNotContainIgnoringCase(NAME).doesNotContainIgnoringCase("Quillfeather")
                .doesNotContainIgnoringCase(EMAIL).doesNotContain(BORN).doesNotContain("900417")
                .doesNotContainIgnoringCase("LE3 9QQ").doesNotContainIgnoringCase("LE39QQ")
                .contains("\"email\": \"given\"", "\"dateOfBirth\": \"given\"", "\"name\": \"given\"");

        var supervisor = new WebSession(port);
        staffAccounts.signedIn(supervisor, StaffRole.SUPERVISOR);
        for (String page : List.of("/staff/access-log?username=" + officer.username(),
                "/staff/access-log?reference=" + request,
                "/staff/access-log?username=" + handlerAccount.username())) {
            var shown = supervisor.get(page);
            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.body()).as(page).doesNotContainIgnoringCase("Quillfeather")
                    .doesNotContainIgnoringCase(EMAIL).doesNotContainIgnoringCase("morwenna")
                    .doesNotContain(BORN).doesNotContain("900417").doesNotContain("14 August 1979")
                    .doesNotContainIgnoringCase("LE3 9QQ");
        }
        assertThat(supervisor.get("/staff/access-log?username=" + officer.username()).body())
                .as("a supervisor does not see the data protection team's work on requests")
                .doesNotContain(request).contains("Nobody has looked at this yet.");
        assertThat(supervisor.get("/staff/access-log?username=" + handlerAccount.username()).body())
                .as("but does see contact searches, by kind").contains("email: given", "words: given");
        assertThat(supervisor.get("/staff/access-log?detailKind=email&detail=" + EMAIL).body())
                .as("nor may look searches up by detail").doesNotContain("Searches for this detail");

        var lookup = dpo.get("/staff/access-log?detailKind=email&detail=" + EMAIL.toUpperCase());
        assertThat(lookup.body()).as("the data protection team can find who searched for the email")
                .contains("Searches for this detail (2)", officer.username(), handlerAccount.username());
        assertThat(dpo.get("/staff/access-log?detailKind=name&detail=" + "morwenna++QUILLFEATHER").body())
                .as("a name typed in either search").contains("Searches for this detail (2)");
        assertThat(dpo.get("/staff/access-log?detailKind=phone&detail=%2B447700900417").body())
                .contains("Searches for this detail (1)", officer.username());
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE detail::text LIKE '%morwenna%'")
                .query(Integer.class).single()).as("the look-up is not kept either").isZero();
    }

    @Test
    void aSupervisorSeesNoEntriesAboutAnotherTeamsContact() {
        String north = OnlineReports.crime(port, jdbc, "Someone took the mower from the allotment shed.");
        String open = OnlineReports.crime(port, jdbc, "Someone took the strimmer from the allotment shed.");
        var handler = new WebSession(port);
        var handlerAccount = staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
        assertThat(handler.get("/staff/contacts/" + north).status()).isEqualTo(200);
        assertThat(handler.get("/staff/contacts/" + open).status()).isEqualTo(200);
        jdbc.sql("UPDATE contact SET allocated_team = 'north' WHERE reference = :r").param("r", north).update();

        var southSupervisor = new WebSession(port);
        staffAccounts.signIn(southSupervisor, staffAccounts.create("south", StaffRole.SUPERVISOR));
        assertThat(southSupervisor.get("/staff/access-log?reference=" + north).body())
                .as("who looked at a contact the supervisor may not open").doesNotContain(handlerAccount.username())
                .contains("Nobody has looked at this yet.");
        assertThat(southSupervisor.get("/staff/access-log?username=" + handlerAccount.username()).body())
                .as("a handler's trail, within the supervisor's scope only").contains(open).doesNotContain(north);

        var northSupervisor = new WebSession(port);
        staffAccounts.signIn(northSupervisor, staffAccounts.create("north", StaffRole.SUPERVISOR));
        assertThat(northSupervisor.get("/staff/access-log?reference=" + north).body())
                .as("the contact's own team").contains(handlerAccount.username());
    }

    /** A subject access request sent through the public pages. */
    private String requestFrom() {
        var person = new WebSession(port);
        person.get("/your-data");
        person.post("/your-data/start");
        person.post("/your-data/name", "fullName", NAME, "otherNames", "", "dob-day", "14", "dob-month", "8",
                "dob-year", "1979");
        person.post("/your-data/contact", "email", EMAIL, "phone", PHONE, "address", "", "postcode", "");
        person.post("/your-data/what", "wants", "everything");
        person.post("/your-data/identity", "identity", "station");
        person.post("/your-data/receive", "receive", "post", "address", "9 Quill Lane", "postcode", POSTCODE);
        var sent = REFERENCE.matcher(person.post("/your-data/check").body());
        assertThat(sent.find()).as("a request reference").isTrue();
        return sent.group(1);
    }
}
