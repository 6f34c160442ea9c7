package org.bluelamp.privacy.request;

import java.util.Set;
import org.bluelamp.reporting.ReportRecordKind;
import org.bluelamp.platform.personaldata.Subject;
import org.bluelamp.platform.personaldata.RecordKind;
import org.bluelamp.contact.ContactRecordKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bluelamp.BluelampTest;
import org.bluelamp.platform.SecretTokens;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.language.Language;
import org.bluelamp.notify.DevMailboxForTests;
import org.bluelamp.MovableClock;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.TestClock;
import org.bluelamp.WebSession;
import org.bluelamp.platform.files.FileStore;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.platform.personaldata.Accessor;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.platform.personaldata.SubjectFinder;
import org.bluelamp.privacy.answer.Disclosure;
import org.bluelamp.reporting.upload.TestImages;
import org.bluelamp.staff.StaffRole;
import org.bluelamp.tracking.CodesForTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A subject access request end to end at a fixed moment: the public form (errors keep what was typed), the
 * confirmation message, the data protection officer's identity check, search, scope, redaction, refusal and answer,
 * and the requester fetching it through a link and a code.
 */
@BluelampTest
@Import({MovableClock.class, SubjectAccessRequestTest.HeldElsewhere.class})
class SubjectAccessRequestTest {

    private static final String NAME = "Alex Example";
    private static final String EMAIL = "alex.example@example.com";
    private static final String REPORT_REFERENCE = "LP-TST-SAR-001";
    private static final String NEIGHBOUR = "Sam Neighbour";
    private static final Pattern REFERENCE = Pattern.compile("data-reference>(DSR-\\d{4}-\\d{4})<");
    private static final Pattern LINK = Pattern.compile("(/your-data/answer/[A-Za-z0-9_-]+)");
    private static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    FileStore files;

    @Autowired
    AccessLog accessLog;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DataRequests requests;

    @Autowired
    DataRequestWork work;

    @Autowired
    Withholdings withholdings;

    @Autowired
    CodesForTests codes;

    @Autowired
    DevMailboxForTests mailbox;

    /** Another module's records, as its finder would give them: a report naming the requester and a neighbour. */
    @TestConfiguration
    static class HeldElsewhere {

        @Bean
        SubjectFinder reportsForTests() {
            return new SubjectFinder() {
                @Override
                public Set<RecordKind> kinds() {
                    return Set.of(ReportRecordKind.REPORT);
                }

                @Override
                public List<HeldRecord> find(Subject subject, Texts texts) {
                    var matched = new ArrayList<String>();
                    if (subject.nameMatches(NAME)) {
                        matched.add("name");
                    }
                    if (subject.emailMatches(EMAIL)) {
                        matched.add("email");
                    }
                    return matched.isEmpty() ? List.of() : List.of(new HeldRecord("report", "test-report-1",
                            REPORT_REFERENCE, Instant.parse("2027-11-02T14:05:00Z"), "Report of a stolen bicycle", matched,
                            List.of(new HeldRecord.Field("Reporter", NAME),
                                    new HeldRecord.Field("What happened",
                                            "My neighbour " + NEIGHBOUR + " saw someone take my bike from the shed."),
                                    new HeldRecord.Field(texts.t("held.reference"), REPORT_REFERENCE))));
                }
            };
        }
    }

    @Test
    void anUploadedIdStartsTheClockAndTheTeamPreparesTheAnswer() throws IOException {
        at("2028-01-31T10:00:00Z");
        var person = new WebSession(port);
        assertThat(person.get("/").body()).contains("href=\"/your-data\"");
        var start = person.get("/your-data");
        assertThat(start.body()).contains("Ask for the information we hold about you", "It is free.", "one calendar month");

        var name = person.post("/your-data/start");
        assertThat(name.pathOnly()).isEqualTo("/your-data/name");
        var wrongDate = person.post("/your-data/name", "fullName", NAME, "otherNames", "Alex Sample",
                "dob-day", "31", "dob-month", "2", "dob-year", "1985");
        assertThat(wrongDate.body()).contains("Date of birth must be a real date", "value=\"" + NAME + "\"",
                "value=\"Alex Sample\"", "value=\"31\"");
        assertThat(person.post("/your-data/name", "fullName", NAME, "otherNames", "Alex Sample",
                "dob-day", "27", "dob-month", "3", "dob-year", "1985").pathOnly()).isEqualTo("/your-data/contact");

        var badEmail = person.post("/your-data/contact", "email", "alex.example@", "phone", "", "address", "", "postcode", "");
        assertThat(badEmail.body()).contains("Enter an email address in the correct format", "value=\"alex.example@\"");
        assertThat(person.post("/your-data/contact", "email", EMAIL, "phone", "07700 900982",
                "address", "1 High Street\nLeicester", "postcode", "le1 6ab").pathOnly()).isEqualTo("/your-data/what");

        var noPeriod = person.post("/your-data/what", "wants", "period", "period", "");
        assertThat(noPeriod.body()).contains("Enter the date or period you want information about");
        assertThat(person.post("/your-data/what", "wants", "everything").pathOnly()).isEqualTo("/your-data/identity");

        var notAnImage = person.upload("/your-data/identity", "file", "passport.png",
                "not a picture".getBytes(StandardCharsets.UTF_8), "identity", "upload");
        assertThat(notAnImage.body()).contains("The selected file must be a JPG, PNG or PDF");
        byte[] passport = TestImages.png(12, 8);
        assertThat(person.upload("/your-data/identity", "file", "passport.png", passport, "identity", "upload")
                .pathOnly()).isEqualTo("/your-data/receive");
        var check = person.post("/your-data/receive", "receive", "link", "address", "1 High Street\nLeicester",
                "postcode", "le1 6ab");
        assertThat(check.pathOnly()).isEqualTo("/your-data/check");
        assertThat(check.body()).contains(NAME, "Alex Sample", "27 March 1985", EMAIL, "LE1 6AB",
                "Everything you hold about me", "Uploaded: passport.png", "/your-data/name?change");

        var done = person.post("/your-data/check");
        assertThat(done.pathOnly()).isEqualTo("/your-data/done");
        String reference = matched(REFERENCE, done.body());
        assertThat(done.body()).contains("We must answer by 29 February 2028.");
        assertThat(person.post("/your-data/check").body()).contains(reference); // sending again: the same request

        await().atMost(Duration.ofSeconds(10)).until(() -> !messages("data-request-received").isEmpty());
        var confirmation = messages("data-request-received").getFirst();
        assertThat(confirmation).containsEntry("recipient", EMAIL).containsEntry("reference", reference);
        assertThat((String) confirmation.get("body")).contains(reference, "29 February 2028");

        var request = requests.byReference(reference).orElseThrow();
        assertThat(request.status()).isEqualTo("received");
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(request.postcode()).isEqualTo("LE1 6AB");
        UUID proof = request.identityFileId();
        assertThat(files.open(proof)).isPresent();
        someoneLookedAtTheReport();

        var dpo = new WebSession(port);
        var officer = staffAccounts.create(StaffRole.DATA_PROTECTION_OFFICER);
        staffAccounts.signIn(dpo, officer, clock.instant());
        var list = dpo.get("/staff/data-requests");
        assertThat(list.body()).contains(reference, NAME, "Due in 29 days");
        var page = dpo.get("/staff/data-requests/" + reference);
        assertThat(page.body()).contains(NAME, "View the proof of identity (passport.png)", "Due by 29 February 2028.");
        assertThat(dpo.download("/staff/data-requests/" + reference + "/identity-proof").body()).isEqualTo(passport);

        var noMethod = dpo.post("/staff/data-requests/" + reference + "/identity", "note", "Passport photo matches",
                "received-day", "31", "received-month", "1", "received-year", "2028");
        assertThat(noMethod.body()).contains("Select how identity was checked", "Passport photo matches");
        var badDay = dpo.post("/staff/data-requests/" + reference + "/identity", "method", "checked-upload",
                "note", "x".repeat(2001), "received-day", "30", "received-month", "2", "received-year", "2028");
        assertThat(badDay.body()).contains("Use 2,000 characters or fewer",
                "Enter the date the proof of identity was received, as a real date", "value=\"30\"");
        assertThat(badDay.body().indexOf("Use 2,000 characters or fewer"))
                .isLessThan(badDay.body().indexOf("as a real date"));
        var future = dpo.post("/staff/data-requests/" + reference + "/identity", "method", "checked-upload",
                "received-day", "1", "received-month", "1", "received-year", "2099");
        assertThat(future.body()).contains("The date must be between the day the request was received and today",
                "value=\"2099\"");
        var checked = dpo.post("/staff/data-requests/" + reference + "/identity", "method", "checked-upload",
                "note", "Passport photo matches", "received-day", "31", "received-month", "1", "received-year", "2028");
        assertThat(checked.body()).contains("Identity check recorded", "Checked by " + officer.username());
        assertThat(files.open(proof)).isEmpty();
        assertThat(requests.byReference(reference).orElseThrow().identityFileId()).isNull();

        var form = dpo.get("/staff/data-requests/" + reference + "/search");
        assertThat(form.body()).contains("value=\"" + NAME + "\"", "value=\"1985-03-27\"", "value=\"" + EMAIL + "\"",
                "value=\"LE1 6AB\"");
        var nothing = dpo.post("/staff/data-requests/" + reference + "/search", "name", " ", "dateOfBirth", "",
                "email", "", "phone", "", "postcode", "", "reference", "");
        assertThat(nothing.body()).contains("Enter at least one detail to search for");
        var badTerms = dpo.post("/staff/data-requests/" + reference + "/search", "name", NAME,
                "dateOfBirth", "27/03/1985", "email", "alex@", "phone", "", "postcode", "", "reference", "");
        assertThat(badTerms.body()).contains("Enter the date of birth as 1985-03-27",
                "Enter an email address in the correct format", "value=\"27/03/1985\"", "value=\"alex@\"")
                .doesNotContain("Enter at least one detail to search for");
        var found = dpo.post("/staff/data-requests/" + reference + "/search", "name", NAME, "dateOfBirth", "1985-03-27",
                "email", EMAIL, "phone", "07700 900982", "postcode", "LE1 6AB", "reference", "");
        assertThat(found.body()).contains("Report of a stolen bicycle", "Matched on: name, email",
                "Who looked at the records of " + REPORT_REFERENCE);
        dpo.post("/staff/data-requests/" + reference + "/scope", "chosen", "report|test-report-1",
                "chosen", "access-log|" + REPORT_REFERENCE);

        var noReason = dpo.post("/staff/data-requests/" + reference + "/redactions", "text", NEIGHBOUR, "reason", "");
        assertThat(noReason.body()).contains("Select the legal reason", "value=\"" + NEIGHBOUR + "\"");
        var redacted = dpo.post("/staff/data-requests/" + reference + "/redactions", "text", NEIGHBOUR,
                "reason", "third-party");
        assertThat(redacted.body()).contains(">" + NEIGHBOUR + "</mark>", "Report of a stolen bicycle");
        dpo.post("/staff/data-requests/" + reference + "/redactions", "text", "shed", "reason", "crime");
        var shed = withholdings.redactions(request.id()).stream().filter(r -> r.text().equals("shed")).findFirst()
                .orElseThrow();
        dpo.post("/staff/data-requests/" + reference + "/redactions/" + shed.id() + "/remove");
        var noPart = dpo.post("/staff/data-requests/" + reference + "/refusals", "extent", "part", "what", "",
                "refusalReason", "", "refusalNote", "Still going on");
        assertThat(noPart.body()).contains("Enter what is withheld", "Select the legal reason", "Still going on");
        var noExtent = dpo.post("/staff/data-requests/" + reference + "/refusals", "what", "x".repeat(501),
                "refusalReason", "crime");
        assertThat(noExtent.body()).contains("Select whether the whole request or part of it is refused",
                "Use 500 characters or fewer").doesNotContain("Enter what is withheld");
        var refused = dpo.post("/staff/data-requests/" + reference + "/refusals", "extent", "part",
                "what", "Notes of an investigation that is still going on", "refusalReason", "crime",
                "refusalNote", "");
        assertThat(refused.body()).contains("Refusal recorded", "Would prejudice the prevention or detection of crime");
        var page2 = dpo.get("/staff/data-requests/" + reference);
        assertThat(page2.body()).contains("Redaction removed", "Records in scope", "Produce and release the answer")
                .doesNotContain(">shed</mark>");

        Disclosure answer = work.disclosure(requests.byReference(reference).orElseThrow());
        assertThat(answer.requestReference()).isEqualTo(reference);
        assertThat(answer.subjectName()).isEqualTo(NAME);
        assertThat(answer.sections()).extracting(Disclosure.Section::kind).containsExactly("access-log", "report");
        var happened = answer.sections().get(1).lines().get(1);
        assertThat(happened.value()).contains(NEIGHBOUR);
        assertThat(happened.redactions()).containsExactly(new Disclosure.Redaction(NEIGHBOUR,
                "Information about another person (Data Protection Act 2018, section 45(4)(e))"));
        assertThat(answer.refusals()).singleElement().satisfies(r -> assertThat(r.reason()).contains("45(4)(b)"));

        var timeline = requests.timeline(request.id()).stream().map(TimelineEntry::kind).toList();
        assertThat(timeline).containsSubsequence("received", "identity-received", "identity-checked", "searched",
                "scope-changed", "redaction-added", "redaction-added", "redaction-removed", "refused-in-part");
        var searched = requests.timeline(request.id()).stream().filter(e -> e.kind().equals("searched")).findFirst()
                .orElseThrow();
        assertThat(searched.detail()).containsEntry("name", NAME).containsEntry("email", EMAIL);
        assertThatThrownBy(() -> jdbc.sql("UPDATE subject_access_timeline SET kind = 'nothing' WHERE request_id = :id")
                .param("id", request.id()).update()).isInstanceOf(DataAccessException.class); // append-only

        var logged = jdbc.sql("SELECT action, record_kind, record_ref, detail::text AS detail FROM access_log WHERE actor = :a ORDER BY id")
                .param("a", officer.username()).query().listOfRows();
        assertThat(logged).anySatisfy(row -> assertThat(row).containsEntry("action", "read")
                .containsEntry("record_kind", "request").containsEntry("record_ref", reference));
        assertThat(logged).anySatisfy(row -> assertThat(row).containsEntry("action", "read")
                .containsEntry("record_kind", "identity-proof").containsEntry("record_ref", reference));
        assertThat(logged).as("the proof's file name is the requester's own, and not kept")
                .noneSatisfy(row -> assertThat((String) row.get("detail")).contains("passport"));
        assertThat(logged).anySatisfy(row -> assertThat(row).containsEntry("action", "read")
                .containsEntry("record_kind", "request").satisfies(r -> assertThat((String) r.get("detail")).contains("list")));
        assertThat(logged).anySatisfy(row -> assertThat(row).containsEntry("action", "search")
                .containsEntry("record_ref", reference)
                .satisfies(r -> assertThat((String) r.get("detail")).contains("\"name\": \"given\"",
                        "\"dateOfBirth\": \"given\"", "\"email\": \"given\"")));
        assertThat(logged).as("the log keeps what kind of detail was searched for, not the detail")
                .noneSatisfy(row -> assertThat((String) row.get("detail")).containsAnyOf(NAME, "1985-03-27", EMAIL));

        assertThat(dpo.post("/staff/data-requests/" + reference + "/release").body()).contains("Answer released");
        String pdfText = textOf(dpo.download("/staff/data-requests/" + reference + "/answer.pdf").body());
        assertThat(pdfText).contains(reference, "Report of a stolen bicycle", "[redacted: 1]", "45(4)(e)", "45(4)(b)",
                        "Report, reference " + REPORT_REFERENCE)
                .doesNotContainIgnoringCase(NEIGHBOUR);
        String storedJson = jdbc.sql("SELECT json_file_id FROM subject_access_release WHERE request_id = :id")
                .param("id", request.id()).query(UUID.class).single().toString();
        try (var content = files.open(UUID.fromString(storedJson)).orElseThrow()) {
            assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8))
                    .contains(reference, "Report of a stolen bicycle", "[redacted]").doesNotContainIgnoringCase(NEIGHBOUR);
        }
    }

    @Test
    void everyPageSaysWhatIsWrongWithItsOwnWordingInTheOrderOfItsFields() {
        at("2028-01-31T10:00:00Z");
        var person = new WebSession(port);
        person.get("/your-data");
        assertThat(person.post("/your-data/start").pathOnly()).isEqualTo("/your-data/name");
        assertThat(errors(person.post("/your-data/name", "fullName", "", "otherNames", "",
                "dob-day", "", "dob-month", "", "dob-year", ""))).containsExactly(
                "fullName: Enter your full name", "dob-day: Enter your date of birth");
        assertThat(errors(person.post("/your-data/name", "fullName", "a".repeat(101), "otherNames", "b".repeat(201),
                "dob-day", "1", "dob-month", "1", "dob-year", "2099"))).containsExactly(
                "fullName: Use 100 characters or fewer", "otherNames: Use 200 characters or fewer",
                "dob-day: Date of birth must be in the past");
        assertThat(errors(person.post("/your-data/name", "fullName", "Alex\u202EExample", "otherNames", "",
                "dob-day", "", "dob-month", "", "dob-year", ""))).containsExactly(
                "fullName: Remove the symbols or hidden characters from this answer");
        person.post("/your-data/name", "fullName", NAME, "otherNames", "", "dob-day", "27", "dob-month", "3",
                "dob-year", "1985");

        assertThat(errors(person.post("/your-data/contact", "email", "", "phone", "", "address", "c".repeat(301),
                "postcode", "XX"))).containsExactly("email: Enter an email address or a UK phone number",
                "address: Use 300 characters or fewer", "postcode: Enter a real postcode, like LE1 6AB");
        assertThat(errors(person.post("/your-data/contact", "email", "alex@", "phone", "123", "address", "",
                "postcode", ""))).containsExactly(
                "email: Enter an email address in the correct format, like name@example.com",
                "phone: Enter a UK phone number, like 07700 900 982");
        assertThat(person.post("/your-data/contact", "email", "", "phone", "020 7946 0000", "address", "",
                "postcode", "").pathOnly()).isEqualTo("/your-data/what");

        assertThat(errors(person.post("/your-data/what"))).containsExactly("wants: Select what information you want");
        assertThat(errors(person.post("/your-data/what", "wants", "reference", "period", "p".repeat(500),
                "wantsReference", "r".repeat(41)))).containsExactly("wantsReference: Use 40 characters or fewer");
        assertThat(person.post("/your-data/what", "wants", "everything", "period", "p".repeat(500)).pathOnly())
                .isEqualTo("/your-data/identity");

        assertThat(errors(person.post("/your-data/identity"))).containsExactly(
                "identity: Select how you will prove who you are");
        assertThat(errors(person.post("/your-data/identity", "identity", "upload"))).containsExactly(
                "file: Choose a photo or scan of your ID");
        assertThat(person.post("/your-data/identity", "identity", "station").pathOnly())
                .isEqualTo("/your-data/receive");

        assertThat(errors(person.post("/your-data/receive"))).containsExactly(
                "receive: Select how you want to receive the answer");
        assertThat(errors(person.post("/your-data/receive", "receive", "link", "address", "", "postcode", "bad")))
                .containsExactly("receive: To get a link, give an email address or a mobile number on the contact "
                        + "page, or choose post");
        assertThat(errors(person.post("/your-data/receive", "receive", "post", "address", "", "postcode", "")))
                .containsExactly("address: Enter your address, so we can post the answer to you",
                        "postcode: Enter your postcode");
        assertThat(errors(person.post("/your-data/receive", "receive", "post", "address", "d".repeat(301),
                "postcode", "bad"))).containsExactly("address: Use 300 characters or fewer",
                "postcode: Enter a real postcode, like LE1 6AB");
        assertThat(person.post("/your-data/receive", "receive", "post", "address", "1 High Street",
                "postcode", "le1 6ab").pathOnly()).isEqualTo("/your-data/check");
    }

    /** The error summary's links, each as "field: message", in the order the page lists them. */
    private static List<String> errors(WebSession.Page page) {
        var found = new java.util.ArrayList<String>();
        String body = page.body();
        int list = body.indexOf("govuk-error-summary__list");
        if (list < 0) {
            return found;
        }
        var matcher = Pattern.compile("<a href=\"#([^\"]+)\"[^>]*>\\s*([^<]+?)\\s*</a>")
                .matcher(body.substring(list, body.indexOf("</ul>", list)));
        while (matcher.find()) {
            found.add(matcher.group(1) + ": " + matcher.group(2));
        }
        return found;
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void bringingIdToAStationLeavesTheClockWaitingUntilStaffRecordIt() {
        at("2027-12-03T16:30:00Z");
        var person = new WebSession(port);
        person.get("/your-data");
        person.post("/your-data/start");
        assertThat(person.get("/your-data/check").pathOnly()).isEqualTo("/your-data/name"); // nothing skipped
        person.post("/your-data/name", "fullName", "Jo Station", "otherNames", "", "dob-day", "1", "dob-month", "1",
                "dob-year", "1970");
        person.post("/your-data/contact", "email", "", "phone", "0116 496 0999", "address", "", "postcode", "");
        person.post("/your-data/what", "wants", "reference", "wantsReference", "LP-7KD-M4Q-2XR");
        assertThat(person.post("/your-data/identity", "identity", "station").pathOnly()).isEqualTo("/your-data/receive");
        var needsMobile = person.post("/your-data/receive", "receive", "link", "address", "", "postcode", "");
        assertThat(needsMobile.body()).contains("give an email address or a mobile number");
        var noAddress = person.post("/your-data/receive", "receive", "post", "address", "", "postcode", "LE2 1AA");
        assertThat(noAddress.body()).contains("Enter your address, so we can post the answer to you", "value=\"LE2 1AA\"");
        person.post("/your-data/receive", "receive", "post", "address", "2 Low Road\nLeicester", "postcode", "LE2 1AA");
        var done = person.post("/your-data/check");
        String reference = matched(REFERENCE, done.body());
        assertThat(done.body()).contains("The month starts when we have seen your ID.", "We will send the answer to you by post.")
                .doesNotContain("We must answer by", "We have sent you a message"); // a landline takes no text
        var request = requests.byReference(reference).orElseThrow();
        assertThat(request.status()).isEqualTo("awaiting-identity");
        assertThat(request.dueOn()).isNull();
        assertThat(request.identityReceivedOn()).isNull();

        var dpo = new WebSession(port);
        var officer = staffAccounts.create(StaffRole.DATA_PROTECTION_OFFICER);
        staffAccounts.signIn(dpo, officer, clock.instant());
        assertThat(dpo.get("/staff/data-requests").body()).contains(reference, "Waits for identity");
        assertThat(dpo.get("/staff/data-requests/" + reference).body())
                .contains("Record the identity check before releasing the answer.",
                        "Asked for:</span> Information about a reference number", "Receive by:</span> By post")
                .doesNotContain("Wants:", ":</span> reference<", ":</span> post<");

        var future = dpo.post("/staff/data-requests/" + reference + "/identity", "method", "seen-at-station",
                "note", "", "received-day", "4", "received-month", "12", "received-year", "2027");
        assertThat(future.body()).contains("The date must be between the day the request was received and today");
        dpo.post("/staff/data-requests/" + reference + "/identity", "method", "seen-at-station", "note",
                "Driving licence seen at the front desk", "received-day", "3", "received-month", "12",
                "received-year", "2027");
        var checked = requests.byReference(reference).orElseThrow();
        assertThat(checked.identityReceivedOn()).isEqualTo(LocalDate.of(2027, 12, 3));
        // 3 January 2028 is the New Year bank holiday
        assertThat(checked.dueOn()).isEqualTo(LocalDate.of(2028, 1, 4));
        assertThat(checked.identityMethod()).isEqualTo("seen-at-station");

        var again = new WebSession(port); // a second request by the same person, which the search finds
        again.get("/your-data");
        again.post("/your-data/start");
        again.post("/your-data/name", "fullName", "Jo Station", "otherNames", "", "dob-day", "1", "dob-month", "1",
                "dob-year", "1970");
        again.post("/your-data/contact", "email", "", "phone", "01164960999", "address", "", "postcode", "");
        again.post("/your-data/what", "wants", "everything");
        again.post("/your-data/identity", "identity", "station");
        again.post("/your-data/receive", "receive", "post", "address", "2 Low Road", "postcode", "LE2 1AA");
        String second = matched(REFERENCE, again.post("/your-data/check").body());
        var form = dpo.get("/staff/data-requests/" + reference + "/search");
        assertThat(form.body()).contains("value=\"0116 496 0999\"", "value=\"LP-7KD-M4Q-2XR\"");
        dpo.post("/staff/data-requests/" + reference + "/search", "name", "Jo Station", "dateOfBirth", "1970-01-01",
                "email", "", "phone", "0116 496 0999", "postcode", "LE2 1AA", "reference", "");
        var found = dpo.get("/staff/data-requests/" + reference + "/search");
        assertThat(found.body()).contains("Subject access request " + second,
                        "Matched on: name, date of birth, phone, postcode")
                .doesNotContain("Subject access request " + reference); // not the request being answered

        var refused = dpo.post("/staff/data-requests/" + reference + "/refusals", "extent", "whole", "what", "",
                "refusalReason", "inquiry", "refusalNote", "An inquiry into these events is still going on.");
        assertThat(refused.body()).contains("Refusal recorded", "The request is refused in whole.");
        assertThat(dpo.get("/staff/data-requests").body()).contains("Due in 32 days"); // the refusal is still to be sent
        Disclosure answer = work.disclosure(requests.byReference(reference).orElseThrow());
        assertThat(answer.sections()).isEmpty();
        assertThat(answer.refusals()).singleElement().satisfies(r -> {
            assertThat(r.what()).contains("The whole request", "An inquiry into these events is still going on.");
            assertThat(r.reason()).isEqualTo("Would obstruct an official inquiry (Data Protection Act 2018, section 45(4)(a))");
        });
    }

    @Test
    void theRequesterFetchesTheAnswerWithALinkAndACode() {
        at("2028-06-05T09:00:00Z");
        var person = new WebSession(port);
        String email = "jamie.link@example.com";
        person.get("/your-data");
        person.post("/your-data/start");
        person.post("/your-data/name", "fullName", "Jamie Link", "otherNames", "", "dob-day", "9", "dob-month", "9",
                "dob-year", "1990");
        person.post("/your-data/contact", "email", email, "phone", "", "address", "", "postcode", "");
        person.post("/your-data/what", "wants", "everything");
        person.upload("/your-data/identity", "file", "licence.png", TestImages.png(6, 6), "identity", "upload");
        person.post("/your-data/receive", "receive", "link", "address", "", "postcode", "");
        String reference = matched(REFERENCE, person.post("/your-data/check").body());

        var dpo = new WebSession(port);
        var officer = staffAccounts.create(StaffRole.DATA_PROTECTION_OFFICER);
        staffAccounts.signIn(dpo, officer, clock.instant());
        dpo.get("/staff/data-requests/" + reference);
        dpo.post("/staff/data-requests/" + reference + "/identity", "method", "checked-upload", "note", "",
                "received-day", "5", "received-month", "6", "received-year", "2028");
        var released = dpo.post("/staff/data-requests/" + reference + "/release");
        assertThat(released.body()).contains("Answer released");
        assertThat(requests.byReference(reference).orElseThrow().status()).isEqualTo("answered");
        assertThat(dpo.post("/staff/data-requests/" + reference + "/redactions", "text", "Jamie", "reason",
                "third-party").body()).contains("The answer has been sent: it can no longer be changed")
                .doesNotContain("Add redaction");
        assertThat(withholdings.redactions(requests.byReference(reference).orElseThrow().id())).isEmpty();
        assertThat(dpo.download("/staff/data-requests/" + reference + "/answer.pdf").body()).isNotEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE action = 'export' AND record_ref = :ref")
                .param("ref", reference).query(Integer.class).single()).isEqualTo(2); // released, then printed

        await().atMost(Duration.ofSeconds(10)).until(() -> messages("data-request-answer").stream()
                .anyMatch(m -> reference.equals(m.get("reference"))));
        var message = messages("data-request-answer").stream().filter(m -> reference.equals(m.get("reference")))
                .findFirst().orElseThrow();
        assertThat((String) message.get("body")).as("the link is not kept in the outbox").contains("((answerLink))")
                .doesNotContain("/your-data/answer/");
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messagesTo(email).stream()
                .anyMatch(mail -> LINK.matcher(mail).find()));
        String link = mailbox.messagesTo(email).stream().filter(mail -> LINK.matcher(mail).find())
                .map(mail -> matched(LINK, mail)).findFirst().orElseThrow();

        var opened = person.get(link);
        assertThat(opened.body()).contains("Your answer is ready", "j•••@example.com");
        assertThat(person.get(link + "/files").pathOnly()).isEqualTo(link); // not before the code
        var codePage = person.post(link + "/code");
        String challenge = matched(CHALLENGE, codePage.body());
        String code = codes.forChallenge(UUID.fromString(challenge)).getLast().code();
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messagesTo(email).stream()
                .anyMatch(mail -> mail.contains("Your code is " + code)));
        assertThat(messages("data-answer-code")).filteredOn(m -> email.equals(m.get("recipient")))
                .allSatisfy(m -> assertThat((String) m.get("body")).doesNotContain(code));
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThat(person.post(link + "/check", "challenge", challenge, "code", wrong).body())
                .contains("The code is not right");
        var filesPage = person.post(link + "/check", "challenge", challenge, "code", code);
        assertThat(filesPage.pathOnly()).isEqualTo(link + "/files");
        var pdfFile = person.download(link + "/files/answer.pdf");
        var jsonFile = person.download(link + "/files/answer.json");
        assertThat(pdfFile.statusCode()).isEqualTo(200);
        assertThat(pdfFile.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(pdfFile.body()).isNotEmpty();
        assertThat(jsonFile.body()).isNotEmpty();
        assertThat(new String(jsonFile.body(), StandardCharsets.UTF_8)).contains(reference);

        var request = requests.byReference(reference).orElseThrow();
        assertThat(requests.timeline(request.id()).stream().map(TimelineEntry::kind).toList()).containsSubsequence(
                "received", "identity-checked", "answer-produced", "released", "code-sent", "code-passed",
                "downloaded", "downloaded");

        String opener = person.cookie("bluelamp_answer");
        assertThat(person.raw("/leave").statusCode()).isEqualTo(303);
        var copied = new WebSession(port);
        copied.addCookie("bluelamp_answer", opener);
        assertThat(copied.get(link + "/files").pathOnly()).as("leaving closed the answer: a new code is needed")
                .isEqualTo(link);
        assertThat(copied.download(link + "/files/answer.pdf").statusCode()).isNotEqualTo(200);
        assertThat(person.get(link + "/files").pathOnly()).isEqualTo(link);

        clock.advance(Duration.ofDays(31));
        var expired = person.get(link);
        assertThat(expired.status()).isEqualTo(404);
        assertThat(expired.body()).contains("This link does not work");
    }

    @Test
    void aRequestMadeInWelshIsAnsweredInWelshAndTheTeamReviewsItInWelsh() throws IOException {
        at("2028-07-03T09:00:00Z");
        var person = new WebSession(port);
        person.get("/your-data?lang=cy");
        person.post("/your-data/start");
        person.post("/your-data/name", "fullName", "Siân Prydderch", "otherNames", "", "dob-day", "1", "dob-month",
                "3", "dob-year", "1980");
        person.post("/your-data/contact", "email", "sian.prydderch@example.com", "phone", "", "address", "",
                "postcode", "");
        person.post("/your-data/what", "wants", "everything");
        person.upload("/your-data/identity", "file", "trwydded.png", TestImages.png(6, 6), "identity", "upload");
        person.post("/your-data/receive", "receive", "link", "address", "", "postcode", "");
        String reference = matched(REFERENCE, person.post("/your-data/check").body());
        var request = requests.byReference(reference).orElseThrow();
        assertThat(requests.languageOf(request.id())).isEqualTo(new Language("cy"));
        someoneLookedAtTheReport();

        var dpo = new WebSession(port);
        staffAccounts.signIn(dpo, staffAccounts.create(StaffRole.DATA_PROTECTION_OFFICER), clock.instant());
        dpo.post("/staff/data-requests/" + reference + "/identity", "method", "checked-upload", "note", "",
                "received-day", "3", "received-month", "7", "received-year", "2028");
        var found = dpo.post("/staff/data-requests/" + reference + "/search", "name", "", "dateOfBirth", "",
                "email", EMAIL, "phone", "", "postcode", "", "reference", "");
        assertThat(found.body()).as("the team reviews the words the person will read")
                .contains("Pwy edrychodd ar gofnodion " + REPORT_REFERENCE)
                .doesNotContain("Who looked at the records of");
        dpo.post("/staff/data-requests/" + reference + "/scope", "chosen", "report|test-report-1",
                "chosen", "access-log|" + REPORT_REFERENCE);
        dpo.post("/staff/data-requests/" + reference + "/redactions", "text", NEIGHBOUR, "reason", "third-party");
        dpo.post("/staff/data-requests/" + reference + "/refusals", "extent", "part",
                "what", "Notes of an investigation", "refusalReason", "crime", "refusalNote", "");
        assertThat(dpo.post("/staff/data-requests/" + reference + "/release").body()).contains("Answer released");

        byte[] pdf = dpo.download("/staff/data-requests/" + reference + "/answer.pdf").body();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("cy");
            assertThat(new PDFTextStripper().getText(document)).contains("Eich gwybodaeth bersonol",
                    "Cyfeirnod y cais: " + reference, "Dyddiad ateb: 3 Gorffennaf 2028", "Cyfeirnod:",
                    "Adroddiad, cyfeirnod " + REPORT_REFERENCE,
                    "Pwy edrychodd ar gofnodion " + REPORT_REFERENCE, "[wedi'i dynnu: 1]",
                    "Gwybodaeth am berson arall (Deddf Diogelu Data 2018, adran 45(4)(e))",
                    "Byddai'n niweidio'r gwaith o atal neu ganfod troseddau", "Tudalen 1 o")
                    .doesNotContain("Your personal information", "Information about another person", "Page 1 of")
                    .doesNotContainIgnoringCase(NEIGHBOUR);
        }
        UUID jsonFile = jdbc.sql("SELECT json_file_id FROM subject_access_release WHERE request_id = :id")
                .param("id", request.id()).query(UUID.class).single();
        try (var content = files.open(jsonFile).orElseThrow()) {
            assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8)).contains("\"language\" : \"cy\"",
                    "\"label\" : \"Cyfeirnod\"", "Gorffennaf 2028", "[wedi'i dynnu]", "Gwybodaeth am berson arall")
                    .doesNotContain("\"label\" : \"Reference\"").doesNotContainIgnoringCase(NEIGHBOUR);
        }
    }

    @Test
    void leavingTheSiteForgetsTheRequestFormAndTheProofOfIdentitySentWithIt() {
        var person = new WebSession(port);
        person.get("/your-data");
        person.post("/your-data/start");
        person.post("/your-data/name", "fullName", "Sam Leaving", "otherNames", "", "dob-day", "3", "dob-month", "4",
                "dob-year", "1985");
        person.post("/your-data/contact", "email", "sam.leaving@example.com", "phone", "", "address", "",
                "postcode", "");
        person.post("/your-data/what", "wants", "everything");
        person.upload("/your-data/identity", "file", "passport.png", TestImages.png(6, 6), "identity", "upload");
        String token = person.cookie("bluelamp_draft");
        String hash = SecretTokens.hash(token);
        UUID file = jdbc.sql("SELECT identity_file_id FROM subject_access_draft WHERE token_hash = :h")
                .param("h", hash).query(UUID.class).single();
        assertThat(person.get("/your-data/name").body()).contains("Sam Leaving");
        assertThat(person.lastHeaders().firstValue("Cache-Control").orElse("")).contains("no-store");

        assertThat(person.raw("/leave").statusCode()).isEqualTo(303);

        assertThat(jdbc.sql("SELECT count(*) FROM subject_access_draft WHERE token_hash = :h").param("h", hash)
                .query(Integer.class).single()).isZero();
        assertThat(files.open(file)).as("the proof of identity is deleted").isEmpty();
        var copied = new WebSession(port);
        copied.addCookie("bluelamp_draft", token);
        var back = copied.get("/your-data/name");
        assertThat(back.pathOnly()).isEqualTo("/your-data");
        assertThat(back.body()).doesNotContain("Sam Leaving");
    }

    @Test
    void aReportAndARequestForYourDataAreKeptByTheOneDraftCookieWithoutLosingEachOther() {
        var person = new WebSession(port);
        person.get("/report/crime");
        person.post("/report/crime", "emergency", "no");
        String token = person.cookie("bluelamp_draft");
        person.get("/your-data");
        person.post("/your-data/start");
        person.post("/your-data/name", "fullName", "Jo Both", "otherNames", "", "dob-day", "3", "dob-month", "4",
                "dob-year", "1985");

        assertThat(person.cookie("bluelamp_draft")).as("the same draft cookie").isEqualTo(token);
        assertThat(person.cookies()).doesNotContain("bluelamp_your_data");
        String hash = SecretTokens.hash(token);
        assertThat(jdbc.sql("SELECT count(*) FROM report_draft WHERE token_hash = :h").param("h", hash)
                .query(Integer.class).single()).as("the report being written is kept").isOne();
        assertThat(jdbc.sql("SELECT answers->>'fullName' FROM subject_access_draft WHERE token_hash = :h")
                .param("h", hash).query(String.class).single()).isEqualTo("Jo Both");
        assertThat(person.get("/your-data/contact").body()).contains("How can we contact you?");
        assertThat(person.get("/your-data/name").body()).contains("value=\"Jo Both\"");
    }

    @Test
    void aStepTheFormDoesNotHaveIsNotFound() {
        var person = new WebSession(port);
        person.post("/your-data/start");
        assertThat(person.get("/your-data/favourite-colour").status()).isEqualTo(404);
    }

    @Test
    void aMadeUpLinkGetsAClearPage() {
        var page = new WebSession(port).get("/your-data/answer/notARealTokenAtAllButLongEnough");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("This link does not work");
    }

    private void at(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    private void someoneLookedAtTheReport() {
        transaction.executeWithoutResult(status -> accessLog.read(new Accessor("pc.jones", "CALL_HANDLER"), ContactRecordKind.CONTACT,
                REPORT_REFERENCE, Map.of("page", "overview")));
    }

    private List<Map<String, Object>> messages(String kind) {
        return jdbc.sql("SELECT kind, recipient, reference, subject, body FROM message WHERE kind = :kind ORDER BY created_at")
                .param("kind", kind).query().listOfRows();
    }

    private static String matched(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }
}
