package org.bluelamp.privacy;

import org.bluelamp.BluelampTest;
import org.bluelamp.CrimeJourneySteps;
import org.bluelamp.OnlineReports;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.personaldata.HeldFields;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.platform.personaldata.Subject;
import org.bluelamp.platform.personaldata.SubjectFinder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A subject access search through every module's {@link SubjectFinder}: each kind of record made for a person (their
 * online report and its contact, the message sent to them, a relay call logged as their contact with its typed lines
 * and recording, a BSL video message, a PLOD visit, a 101 live chat logged as their contact with its lines) is found
 * by any one of their details, and nothing about another person comes back (nor a chat never logged, whatever name
 * it gave); a report that only names them in its words is found as a weaker match.
 */
@BluelampTest
class SubjectSearchTest {

    private static final Set<String> EVERY_KIND = Set.of("report", "contact", "message", "relay-call", "recording",
            "bsl-video", "visit", "web-chat");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<SubjectFinder> finders;

    @Autowired
    MessageSource messages;

    private final Random random = new Random();

    /** Someone who reports online; names and addresses made up afresh for each test so no other test's rows match. */
    record Person(String name, LocalDate born, String email, String phone, String phoneE164, String postcode,
                  String address) {

        List<String> details() {
            return List.of(name, email, phone, phoneE164, postcode, postcode.replace(" ", ""),
                    LONG_DATE.format(born));
        }
    }

    private Person person(String given, LocalDate born, String area) {
        String surname = "Q" + letters(7);
        String digits = String.valueOf(100 + random.nextInt(900));
        String postcode = area + " " + (1 + random.nextInt(9)) + letters(2).toUpperCase(Locale.UK).replaceAll("[CIKMOV]", "X");
        return new Person(given + " " + surname, born, (given + "." + surname + "@example.org").toLowerCase(Locale.UK),
                "07700 900" + digits, "+447700900" + digits, postcode, "4 Quay Street");
    }

    private String letters(int count) {
        return random.ints(count, 'a', 'z' + 1).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    }

    /** Their crime report, sent through the public pages, with its contact and acknowledgement. */
    private String reports(Person person, String story) {
        var steps = new ArrayList<CrimeJourneySteps.Step>();
        for (var step : CrimeJourneySteps.contactedBy(person.email(), person.phone(), "email", "any-time")) {
            steps.add(switch (step.question()) {
                case "your-name" -> new CrimeJourneySteps.Step("your-name", List.of("your-name", person.name()));
                case "date-of-birth" -> new CrimeJourneySteps.Step("date-of-birth", List.of(
                        "date-of-birth-day", String.valueOf(person.born().getDayOfMonth()),
                        "date-of-birth-month", String.valueOf(person.born().getMonthValue()),
                        "date-of-birth-year", String.valueOf(person.born().getYear())));
                case "your-address" -> new CrimeJourneySteps.Step("your-address", List.of(
                        "your-address-line1", person.address(), "your-address-town", "St Ives",
                        "your-address-postcode", person.postcode()));
                default -> step;
            });
        }
        String reference = OnlineReports.crime(port, jdbc, story, steps);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM message WHERE reference = :r")
                .param("r", reference).query(Integer.class).single() > 0);
        return reference;
    }

    /**
     * Everything else the person has, made as each module stores it: a file with the report, a relay call logged as
     * the contact (a typed line and a recording), a BSL video message and a PLOD visit.
     */
    private void holdsEverythingElse(Person person, String reference, String chat) {
        UUID report = jdbc.sql("SELECT id FROM report WHERE reference = :r").param("r", reference).query(UUID.class).single();
        var now = Instant.now();
        jdbc.sql("""
                        INSERT INTO report_file (id, report_id, question_id, file_name, kind, size_bytes, sha256, created_at)
                        VALUES (:id, :report, 'evidence-files', :name, 'PDF', 2048, :sha, :now)""")
                .param("id", UUID.randomUUID()).param("report", report).param("name", "receipt-" + reference + ".pdf")
                .param("sha", "0".repeat(64)).param("now", Timestamp.from(now)).update();
        UUID call = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO relay_call (id, token_hash, status, queued_at, caller_seen_at, answered_at, ended_at,
                                                end_reason, interpreter, reference)
                        VALUES (:id, :token, 'ended', :queued, :ended, :answered, :ended, 'interpreter-ended',
                                'interpreter.one', :reference)""")
                .param("id", call).param("token", UUID.randomUUID().toString())
                .param("queued", Timestamp.from(now.minusSeconds(600)))
                .param("answered", Timestamp.from(now.minusSeconds(540))).param("ended", Timestamp.from(now.minusSeconds(300)))
                .param("reference", reference).update();
        jdbc.sql("INSERT INTO relay_call_message (call_id, sender, body, sent_at) VALUES (:call, 'caller', :body, :at)")
                .param("call", call).param("body", chat).param("at", Timestamp.from(now.minusSeconds(500))).update();
        jdbc.sql("""
                        INSERT INTO relay_recording_chunk (call_id, seq, file_id, bytes, received_at)
                        VALUES (:call, 0, :file, 3072, :at)""")
                .param("call", call).param("file", UUID.randomUUID()).param("at", Timestamp.from(now.minusSeconds(400)))
                .update();
        // A 101 live chat logged as the contact, handed to another handler on the way; and one never logged that
        // gave the same name, which is nobody's for certain and so is not found.
        UUID loggedChat = UUID.randomUUID();
        UUID unloggedChat = UUID.randomUUID();
        for (UUID id : List.of(loggedChat, unloggedChat)) {
            jdbc.sql("""
                            INSERT INTO chat (id, key_hash, status, name, about, queued_at, last_heard_at, answered_at,
                                              answered_by, ended_at, end_reason, closed_reason, last_seq, reference)
                            VALUES (:id, :key, 'ended', :name, :about, :queued, :ended, :answered, 'handler.one',
                                    :ended, 'handler-ended', 'reported', 2, :reference)""")
                    .param("id", id).param("key", UUID.randomUUID().toString()).param("name", person.name())
                    .param("about", id.equals(loggedChat) ? "About my report" : "Unlogged chat about nothing")
                    .param("queued", Timestamp.from(now.minusSeconds(900)))
                    .param("answered", Timestamp.from(now.minusSeconds(880)))
                    .param("ended", Timestamp.from(now.minusSeconds(700)))
                    .param("reference", id.equals(loggedChat) ? reference : null).update();
            jdbc.sql("""
                            INSERT INTO chat_line (chat_id, seq, speaker, staff_username, body, said_at)
                            VALUES (:id, 1, 'person', NULL, :body, :first), (:id, 2, 'handler', 'handler.two',
                                    'Thank you, I am logging it now', :second)""")
                    .param("id", id).param("body", id.equals(loggedChat) ? "Chat: " + chat : "Unlogged chat line")
                    .param("first", Timestamp.from(now.minusSeconds(870)))
                    .param("second", Timestamp.from(now.minusSeconds(800))).update();
            jdbc.sql("""
                            INSERT INTO chat_handover (chat_id, at, from_handler, to_handler)
                            VALUES (:id, :at, 'handler.one', 'handler.two')""")
                    .param("id", id).param("at", Timestamp.from(now.minusSeconds(860))).update();
        }
        jdbc.sql("INSERT INTO bsl_video_message (report_id, reference, received_at) VALUES (:report, :reference, :at)")
                .param("report", report).param("reference", reference).param("at", Timestamp.from(now)).update();
        jdbc.sql("""
                        INSERT INTO plod_visit (id, contact_reference, report_id, status, place, confirm_by,
                                                preferred_times, booked_by, booked_at)
                        VALUES (:id, :reference, :report, 'no-suitable-time', :place, 'email', 'Weekday mornings',
                                'handler.one', :at)""")
                .param("id", UUID.randomUUID()).param("reference", reference).param("report", report)
                .param("place", person.address() + ", St Ives " + person.postcode()).param("at", Timestamp.from(now))
                .update();
    }

    /**
     * The back office's work on their contact, as its tables keep it: an assessment, a question put to them with their
     * answer, and a code sent to their phone to check the report.
     */
    private void worked(Person person, String reference, String threat) {
        UUID contact = jdbc.sql("SELECT id FROM contact WHERE reference = :r").param("r", reference)
                .query(UUID.class).single();
        var now = Instant.now();
        jdbc.sql("""
                        INSERT INTO contact_assessment (id, contact_id, assessed_by, assessed_at, threat, harm, risk,
                            investigation, vulnerability, engagement, risk_level, vulnerabilities, grading,
                            opening_category)
                        VALUES (:id, :contact, 'handler.one', :at, :threat, 'Loss of property', 'Low', 'No CCTV',
                                'None known', 'Update by email', 'low', '{}', 'scheduled', 'crime-theft')""")
                .param("id", UUID.randomUUID()).param("contact", contact).param("at", Timestamp.from(now))
                .param("threat", threat).update();
        jdbc.sql("""
                        INSERT INTO information_request (id, contact_id, question, requested_by, requested_at, answer,
                                                         answered_at, answered_how, recorded_by)
                        VALUES (:id, :contact, 'Which shed was it?', 'handler.one', :at, :answer, :at, 'online',
                                'reporter')""")
                .param("id", UUID.randomUUID()).param("contact", contact).param("at", Timestamp.from(now))
                .param("answer", "The one behind " + person.address()).update();
        jdbc.sql("""
                        INSERT INTO message (id, dedupe_key, kind, channel, recipient, body, reference, created_at,
                                             not_before)
                        VALUES (:id, :key, 'tracking-code', 'sms', :phone, 'Your code to check your report is 482913.',
                                :reference, :at, :at)""")
                .param("id", UUID.randomUUID()).param("key", "test-code:" + reference)
                .param("phone", person.phoneE164()).param("reference", reference).param("at", Timestamp.from(now))
                .update();
    }

    private List<HeldRecord> search(Subject subject) {
        return search(subject, Language.ENGLISH);
    }

    /** As a request made in the language searches: its records worded in it. */
    private List<HeldRecord> search(Subject subject, Language language) {
        var texts = HeldFields.in(messages, language);
        return finders.stream().flatMap(finder -> finder.find(subject, texts).stream()).toList();
    }

    private static Set<String> kinds(List<HeldRecord> found) {
        return found.stream().map(HeldRecord::kind).collect(Collectors.toSet());
    }

    /** Every word a record shows: its title, reference and every field. */
    private static List<String> words(HeldRecord record) {
        return Stream.concat(Stream.of(record.title(), String.valueOf(record.reference())),
                record.fields().stream().flatMap(f -> Stream.of(f.label(), f.value()))).toList();
    }

    @Test
    void everyKindOfRecordIsFoundByAnyOneDetailAndNothingAboutAnotherPerson() {
        var a = person("Philippa", LocalDate.of(1961, 2, 14), "TR19");
        var b = person("Bartholomew", LocalDate.of(1990, 9, 2), "KW1");
        String aReference = reports(a, "Someone took my bicycle from the shed behind the house.");
        holdsEverythingElse(a, aReference, "Hello, I am calling about my bicycle");
        worked(a, aReference, "A bicycle was taken; nobody is in danger");
        String bReference = reports(b, "My car window was smashed in the night.");
        holdsEverythingElse(b, bReference, "Hello, my car window was smashed");
        worked(b, bReference, "A car window was smashed; nobody is in danger");
        var bDetails = Stream.concat(b.details().stream(), Stream.of(bReference)).toList();

        var searches = List.of(
                new Subject(null, null, a.email().toUpperCase(Locale.UK), null, null, null),
                new Subject(null, null, null, a.phone(), null, null),
                new Subject(a.name(), a.born(), null, null, null, null),
                new Subject(null, null, null, null, a.postcode().toLowerCase(Locale.UK), null),
                new Subject(null, null, null, null, null, aReference));
        for (Subject subject : searches) {
            var found = search(subject);
            assertThat(kinds(found)).as("kinds found by %s", subject).isEqualTo(EVERY_KIND);
            assertThat(found).as("only A's records, found by %s", subject)
                    .allSatisfy(record -> assertThat(record.reference()).isEqualTo(aReference))
                    .allSatisfy(record -> assertThat(record.matchedOn()).isNotEmpty())
                    .allSatisfy(record -> assertThat(words(record)).noneMatch(word -> word != null
                            && bDetails.stream().anyMatch(word::contains)));
        }

        var byNameAndBirth = search(new Subject(a.name(), a.born(), null, null, null, null));
        var report = byNameAndBirth.stream().filter(r -> r.kind().equals("report")).findFirst().orElseThrow();
        assertThat(report.matchedOn()).containsExactly("name", "date-of-birth");
        assertThat(report.title()).startsWith("Online report: Report a crime – ");
        assertThat(report.fields()).extracting(HeldRecord.Field::label, HeldRecord.Field::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Reference", aReference),
                        org.assertj.core.groups.Tuple.tuple("Your name", a.name()),
                        org.assertj.core.groups.Tuple.tuple("File", "receipt-" + aReference + ".pdf (PDF, 2 KB)"));
        assertThat(words(report)).anyMatch(word -> word.contains(LONG_DATE.format(a.born())))
                .anyMatch(word -> word.contains("Someone took my bicycle"));
        var call = byNameAndBirth.stream().filter(r -> r.kind().equals("relay-call")).findFirst().orElseThrow();
        assertThat(call.fields()).anyMatch(f -> f.label().startsWith("Caller, ")
                && f.value().equals("Hello, I am calling about my bicycle"));
        var webChat = byNameAndBirth.stream().filter(r -> r.kind().equals("web-chat")).findFirst().orElseThrow();
        assertThat(webChat.title()).startsWith("101 live chat: Chat – ");
        assertThat(webChat.fields()).extracting(HeldRecord.Field::label, HeldRecord.Field::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Name given", a.name()),
                        org.assertj.core.groups.Tuple.tuple("What it was about", "About my report"),
                        org.assertj.core.groups.Tuple.tuple("How it ended", "The contact handler ended it"),
                        org.assertj.core.groups.Tuple.tuple("Why the chat was closed", "Made into a report"));
        assertThat(webChat.fields()).extracting(HeldRecord.Field::label)
                .as("every line and the handing on, in order, by who said it and when")
                .satisfies(labels -> assertThat(labels.stream().filter(l -> l.startsWith("Person chatting, ")
                        || l.startsWith("Contact handler, ") || l.startsWith("Passed on, ")).map(l -> l.split(",")[0]))
                        .containsExactly("Person chatting", "Passed on", "Contact handler"));
        assertThat(webChat.fields()).extracting(HeldRecord.Field::value)
                .contains("Chat: Hello, I am calling about my bicycle", "Thank you, I am logging it now",
                        "To another contact handler");
        assertThat(byNameAndBirth).as("a chat never logged is nobody's for certain")
                .noneMatch(r -> words(r).stream().anyMatch(w -> w != null && w.contains("Unlogged chat")));
        var recording = byNameAndBirth.stream().filter(r -> r.kind().equals("recording")).findFirst().orElseThrow();
        assertThat(recording.fields()).extracting(HeldRecord.Field::label, HeldRecord.Field::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Size", "3 KB"),
                        org.assertj.core.groups.Tuple.tuple("Length", "4 minutes 0 seconds"));
        var message = byNameAndBirth.stream().filter(r -> r.kind().equals("message")).findFirst().orElseThrow();
        assertThat(message.fields()).anyMatch(f -> f.value().equals(a.email()));
        var contact = byNameAndBirth.stream().filter(r -> r.kind().equals("contact")).findFirst().orElseThrow();
        assertThat(contact.fields()).extracting(HeldRecord.Field::value)
                .anyMatch(value -> value.contains("Threat: A bicycle was taken; nobody is in danger"))
                .anyMatch(value -> value.contains("Question: Which shed was it?")
                        && value.contains("The one behind " + a.address()));
        assertThat(byNameAndBirth).filteredOn(r -> r.kind().equals("message"))
                .flatExtracting(HeldRecord::fields).extracting(HeldRecord.Field::value)
                .contains("Your code to check your report is [code removed].", a.phoneE164());
        assertThat(byNameAndBirth).flatExtracting(HeldRecord::fields).extracting(HeldRecord.Field::value)
                .as("no secret hash, token or code is shown")
                .noneMatch(value -> value.contains("0".repeat(64)) || value.contains("482913"));

        assertThat(search(new Subject(null, null, null, null, null, null))).as("no details find nothing").isEmpty();
        assertThat(search(new Subject(null, a.born(), null, null, null, null)))
                .as("a date of birth alone is shared by too many to find anyone").isEmpty();
    }

    @Test
    void aRequestMadeInWelshFindsEveryRecordWordedInWelshWithItsDatesInWelsh() {
        var a = person("Gwenllian", LocalDate.of(1979, 12, 7), "SA1");
        String reference = reports(a, "Someone took my bicycle from the shed behind the house.");
        holdsEverythingElse(a, reference, "Helo, rwy'n ffonio am fy meic");
        worked(a, reference, "A bicycle was taken; nobody is in danger");
        var byEmail = new Subject(null, null, a.email(), null, null, null);

        var welsh = search(byEmail, new Language("cy"));
        assertThat(kinds(welsh)).isEqualTo(EVERY_KIND);
        var report = welsh.stream().filter(r -> r.kind().equals("report")).findFirst().orElseThrow();
        assertThat(report.title()).startsWith("Adroddiad ar-lein: ");
        assertThat(report.fields()).extracting(HeldRecord.Field::label, HeldRecord.Field::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Cyfeirnod", reference),
                        org.assertj.core.groups.Tuple.tuple("Sut cyrhaeddodd aton ni", "Adroddiad ar-lein"));
        assertThat(report.fields()).extracting(HeldRecord.Field::label).contains("Anfonwyd", "Ffeil")
                .doesNotContain("Reference", "Sent", "File");
        var recording = welsh.stream().filter(r -> r.kind().equals("recording")).findFirst().orElseThrow();
        assertThat(recording.fields()).extracting(HeldRecord.Field::label, HeldRecord.Field::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Hyd", "4 munud 0 eiliad"));
        var chat = welsh.stream().filter(r -> r.kind().equals("web-chat")).findFirst().orElseThrow();
        assertThat(chat.title()).startsWith("Sgwrs fyw 101: Sgwrs – ");
        assertThat(chat.fields()).extracting(HeldRecord.Field::label)
                .contains("Sut daeth i ben", "Pam cafodd y sgwrs ei chau")
                .anyMatch(label -> label.startsWith("Y person a oedd yn sgwrsio, "));
        var welshMonth = DateTimeFormatter.ofPattern("MMMM", Locale.of("cy")).format(LocalDate.now(java.time.ZoneId.of("Europe/London")));
        assertThat(welsh).as("every title's date is in Welsh").allSatisfy(record ->
                assertThat(record.title()).contains(welshMonth));

        var english = search(byEmail);
        assertThat(english.stream().filter(r -> r.kind().equals("report")).findFirst().orElseThrow().fields())
                .extracting(HeldRecord.Field::label).contains("Reference", "Sent", "File");
    }

    @Test
    void aReportThatNamesThePersonInItsWordsIsAWeakerMatchForThemAndTheReportersForItsReporter() {
        var a = person("Henrietta", LocalDate.of(1972, 6, 30), "TR20");
        var b = person("Cuthbert", LocalDate.of(1984, 1, 9), "KW2");
        String aReference = reports(a, "Someone scratched my car on the drive.");
        String bReference = reports(b, "I saw " + a.name() + "'s car being scratched by a man in a red coat.");

        var forA = search(new Subject(a.name(), null, null, null, null, null));
        assertThat(forA).filteredOn(r -> r.reference().equals(bReference))
                .as("only B's report, not its contact or B's messages").singleElement().satisfies(report -> {
                    assertThat(report.kind()).isEqualTo("report");
                    assertThat(report.matchedOn()).containsExactly("name-in-text");
                });
        assertThat(forA).filteredOn(r -> r.reference().equals(aReference) && r.kind().equals("report"))
                .singleElement().satisfies(report -> assertThat(report.matchedOn()).containsExactly("name"));
        assertThat(search(new Subject(null, null, a.email(), null, null, null)))
                .as("A's email is not in B's report").noneMatch(r -> r.reference().equals(bReference));

        var forB = search(new Subject(null, null, b.email(), null, null, null));
        assertThat(forB).filteredOn(r -> r.kind().equals("report")).singleElement().satisfies(report -> {
            assertThat(report.reference()).isEqualTo(bReference);
            assertThat(report.matchedOn()).containsExactly("email");
        });
    }
}
