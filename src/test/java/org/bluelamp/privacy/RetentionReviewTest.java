package org.bluelamp.privacy;

import org.bluelamp.BluelampTest;
import org.bluelamp.MovableClock;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.TestClock;
import org.bluelamp.WebSession;
import org.bluelamp.platform.EnglishTexts;
import org.bluelamp.platform.HowLong;
import org.bluelamp.platform.files.FileStore;
import org.bluelamp.platform.personaldata.RetainedRecords;
import org.bluelamp.platform.personaldata.SubjectFinder;
import org.bluelamp.reporting.upload.TestImages;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records are listed for review exactly when their rule's period has passed since their last activity; activity
 * since takes them off the list; a reviewer's keep decision hides them until its next review date, and its form
 * shows its errors with what was typed kept.
 */
@BluelampTest
@Import(MovableClock.class)
@TestPropertySource(properties = RetentionReviewTest.OWN_CONTEXT)
class RetentionReviewTest {

    /** Years pass in these tests: they get an application of their own, so no other test sees its clock moved. */
    static final String OWN_CONTEXT = "bluelamp.privacy.retention.relay-calls=P1Y";

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    RetentionReviewJob job;


    @Autowired
    FileStore files;

    @Autowired
    List<RetainedRecords> kinds;

    @Autowired
    List<SubjectFinder> finders;

    @LocalServerPort
    int port;

    /**
     * Each module registers its own kinds of record under retention: each has its rules (named in words on the
     * retention pages and with its period in the privacy notice), is found for subject access by a finder, and
     * disposes of itself (which the compiler makes every registration write).
     */
    @Test
    void everyKindOfRecordUnderRetentionHasItsRulesItsWordsAndAFinder() {
        var texts = EnglishTexts.load();
        var found = finders.stream().flatMap(finder -> finder.kinds().stream()).toList();
        var notice = new WebSession(port).get("/privacy").body().replaceAll("\\s+", " ");
        assertThat(kinds).extracting(kind -> kind.kind().code())
                .containsExactly("contact", "relay-call", "web-chat", "data-request");
        for (RetainedRecords kind : kinds) {
            String code = kind.kind().code();
            assertThat(found).as(code + " is found for subject access").contains(kind.kind());
            assertThat(texts.t("retention.kind." + code)).as(code).isNotBlank();
            assertThat(kind.rules()).as(code + " has a rule").isNotEmpty();
            for (var rule : kind.rules()) {
                assertThat(texts.t("retention.rule." + rule.name())).as(rule.name()).isNotBlank();
                assertThat(notice).as("the privacy notice says how long under " + rule.name())
                        .contains(texts.t("privacy-notice.kept." + rule.name()) + "</th>")
                        .contains(HowLong.of(rule.period(), texts));
            }
        }
        assertThat(kinds).flatExtracting(RetainedRecords::rules).extracting("name")
                .containsExactly("serious-crime", "crime", "non-crime", "relay-calls", "web-chats", "data-requests");
    }

    @Test
    void aContactIsDueWhenItsPeriodHasPassedSinceItsLastActivityAndAKeepDecisionHidesItUntilItsNextReview() {
        var people = new RetentionPeople(port, jdbc, clock, staffAccounts);
        people.moveTo(people.today().plusDays(1));
        String reference = OnlineReports.crime(port, jdbc, "Retention listing: my scooter was taken at the station.");
        people.eventsHandled();
        LocalDate reported = people.today();

        people.moveTo(reported.plusYears(6).minusDays(1));
        job.review();
        assertThat(people.dueReferences()).as("a day before six years").doesNotContain(reference);

        people.moveTo(reported.plusYears(6));
        job.review();
        assertThat(review(reference)).containsEntry("rule", "crime")
                .containsEntry("due_on", Date.valueOf(reported.plusYears(6)))
                .containsEntry("last_activity_on", Date.valueOf(reported));
        var dpo = people.staff(StaffRole.DATA_PROTECTION_OFFICER);
        assertThat(dpo.get("/staff/retention").body()).contains(reference,
                "Recorded crime, or waiting for a crime-recording decision",
                RetentionListPage.date(reported.plusYears(6), EnglishTexts.load()));

        var handler = people.staff(StaffRole.CONTACT_HANDLER);
        assertThat(handler.get("/staff/retention").status()).as("only the data protection team").isEqualTo(403);
        handler.get("/staff/contacts/" + reference);
        job.review();
        assertThat(people.dueReferences()).as("a member of staff looking is not activity").contains(reference);
        handler.get("/staff/contacts/" + reference + "/actions/request-information");
        handler.post("/staff/contacts/" + reference + "/actions/request-information",
                "question", "Which station was it?");
        job.review();
        assertThat(people.dueReferences()).as("activity moves the review on").doesNotContain(reference);
        assertThat(dpo.get("/staff/retention").body()).doesNotContain(reference);

        LocalDate asked = people.today();
        people.moveTo(asked.plusYears(6));
        job.review();
        assertThat(review(reference)).containsEntry("last_activity_on", Date.valueOf(asked));
        UUID id = reviewId(reference);
        dpo = people.staff(StaffRole.DATA_PROTECTION_OFFICER);
        var opened = dpo.get("/staff/retention/" + id);
        assertThat(opened.body()).contains("Review " + reference, "Crime", "Dispose of the record", "Keep the record");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM access_log
                        WHERE record_ref = :r AND action = 'read' AND detail ->> 'page' = 'retention-review'""")
                .param("r", reference).query(Integer.class).single()).as("the look is in the access log").isOne();

        LocalDate yesterday = people.today().minusDays(1);
        var empty = dpo.post("/staff/retention/" + id + "/keep", "reason", "",
                "next-review-day", String.valueOf(yesterday.getDayOfMonth()),
                "next-review-month", String.valueOf(yesterday.getMonthValue()),
                "next-review-year", String.valueOf(yesterday.getYear()));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("There is a problem", "href=\"#reason\"", "Enter why the record must be kept",
                "href=\"#next-review-day\"", "The date of the next review must be in the future",
                "value=\"" + yesterday.getYear() + "\"", "value=\"" + yesterday.getDayOfMonth() + "\"");
        int nextYear = people.today().getYear() + 1;
        var unreal = dpo.post("/staff/retention/" + id + "/keep", "reason", "Linked to an open investigation",
                "next-review-day", "31", "next-review-month", "2", "next-review-year", String.valueOf(nextYear));
        assertThat(unreal.body()).contains("The date of the next review must be a real date",
                ">Linked to an open investigation</textarea>", "value=\"31\"", "value=\"" + nextYear + "\"")
                .doesNotContain("Enter why the record must be kept");
        var none = dpo.post("/staff/retention/" + id + "/keep", "reason", "Linked to an open investigation");
        assertThat(none.body()).contains("Enter the date of the next review");
        assertThat(review(reference)).containsEntry("status", "due");

        LocalDate nextReview = people.today().plusMonths(18);
        var kept = dpo.post("/staff/retention/" + id + "/keep", "reason", "Linked to an open investigation",
                "next-review-day", String.valueOf(nextReview.getDayOfMonth()),
                "next-review-month", String.valueOf(nextReview.getMonthValue()),
                "next-review-year", String.valueOf(nextReview.getYear()));
        assertThat(kept.path()).startsWith("/staff/retention?done=kept");
        assertThat(kept.body()).contains(reference + " is kept until its next review");
        assertThat(jdbc.sql("SELECT reason FROM access_log WHERE record_ref = :r AND action = 'keep'")
                .param("r", reference).query(String.class).single()).isEqualTo("Linked to an open investigation");
        assertThat(dpo.get("/staff/retention/" + id).body()).contains("Kept by ")
                .doesNotContain("Dispose of the record");
        job.review();
        assertThat(people.dueReferences()).as("kept until its next review").doesNotContain(reference);

        people.moveTo(nextReview.minusDays(1));
        job.review();
        assertThat(people.dueReferences()).doesNotContain(reference);
        people.moveTo(nextReview);
        job.review();
        assertThat(review(reference)).containsEntry("due_on", Date.valueOf(nextReview));
    }

    @Test
    void aRelayCallNeverLoggedAsAContactIsDueAfterItsOwnPeriodAndGoesWithItsRecording() {
        var people = new RetentionPeople(port, jdbc, clock, staffAccounts);
        people.moveTo(people.today().plusDays(1));
        UUID call = UUID.randomUUID();
        UUID piece = UUID.randomUUID();
        files.write(piece, new byte[]{0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 1, 2, 3});
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO relay_call (id, token_hash, status, queued_at, caller_seen_at, answered_at,
                                                ended_at, end_reason, interpreter)
                        VALUES (:id, :token, 'ended', :now, :now, :now, :now, 'caller-left', 'interpreter.one')""")
                .param("id", call).param("token", UUID.randomUUID().toString()).param("now", now).update();
        jdbc.sql("""
                        INSERT INTO relay_recording_chunk (call_id, seq, file_id, bytes, received_at)
                        VALUES (:id, 0, :file, 7, :now)""").param("id", call).param("file", piece).param("now", now)
                .update();
        jdbc.sql("""
                        INSERT INTO relay_call_message (call_id, sender, body, sent_at)
                        VALUES (:id, 'caller', 'Hello', :now)""")
                .param("id", call).param("now", now).update();
        LocalDate ended = people.today();

        people.moveTo(ended.plusYears(1).minusDays(1));
        job.review();
        assertThat(people.dueReferences()).doesNotContain(call.toString());
        people.moveTo(ended.plusYears(1));
        job.review();
        assertThat(review(call.toString())).containsEntry("rule", "relay-calls")
                .containsEntry("record_kind", "relay-call");

        var dpo = people.staff(StaffRole.DATA_PROTECTION_OFFICER);
        UUID id = reviewId(call.toString());
        assertThat(dpo.get("/staff/retention/" + id).body())
                .contains("BSL video relay call not logged as a contact", "interpreter.one", "Pieces of recording");
        var unchecked = dpo.post("/staff/retention/" + id + "/dispose");
        assertThat(unchecked.body()).contains("href=\"#checked\"",
                "Tick to confirm you have checked this record can be disposed of");
        assertThat(files.open(piece)).isPresent();
        var disposed = dpo.post("/staff/retention/" + id + "/dispose", "checked", "yes");
        assertThat(disposed.body()).contains(call + " has been disposed of");

        assertThat(jdbc.sql("SELECT count(*) FROM relay_call WHERE id = :id").param("id", call)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM relay_call_message WHERE call_id = :id").param("id", call)
                .query(Integer.class).single()).isZero();
        assertThat(files.open(piece)).as("the recording's file is deleted after the commit").isEmpty();
        assertThat(jdbc.sql("SELECT rule FROM disposed_record WHERE record_ref = :r").param("r", call.toString())
                .query(String.class).single()).isEqualTo("relay-calls");
    }

    /**
     * A chat closed as needing no report is kept a year from when it ended, reviewed without its words, and goes with
     * its lines and handovers; a chat logged as a contact is not under this rule (it goes with its contact).
     */
    @Test
    void aChatNeverLoggedAsAContactIsDueAfterItsOwnPeriodAndGoesWithItsLinesAndHandovers() {
        var people = new RetentionPeople(port, jdbc, clock, staffAccounts);
        people.moveTo(people.today().plusDays(1));
        UUID chat = UUID.randomUUID();
        UUID logged = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        for (UUID id : List.of(chat, logged)) {
            jdbc.sql("""
                            INSERT INTO chat (id, key_hash, status, name, about, queued_at, last_heard_at, answered_at,
                                              answered_by, ended_at, end_reason, closed_reason, flagged_at,
                                              flagged_words, last_seq, reference)
                            VALUES (:id, :key, 'ended', 'Araminta Quell', 'Fireworks in the park', :now, :now, :now,
                                    'handler.one', :now, 'handler-ended', :closed, :now, '{knife}', 2, :reference)""")
                    .param("id", id).param("key", UUID.randomUUID().toString()).param("now", now)
                    .param("closed", id.equals(chat) ? "advice-given" : "reported")
                    .param("reference", id.equals(chat) ? null : "LP-CHAT-" + id.toString().substring(0, 8))
                    .update();
            jdbc.sql("""
                            INSERT INTO chat_line (chat_id, seq, speaker, staff_username, body, flagged_words, said_at)
                            VALUES (:id, 1, 'person', NULL, 'Someone waved a knife by the swings', '{knife}', :now),
                                   (:id, 2, 'handler', 'handler.one', 'Please call 999 if they are still there', '{}',
                                    :now)""")
                    .param("id", id).param("now", now).update();
            jdbc.sql("""
                            INSERT INTO chat_handover (chat_id, at, from_handler, to_handler)
                            VALUES (:id, :now, 'handler.two', 'handler.one')""")
                    .param("id", id).param("now", now).update();
        }
        LocalDate ended = people.today();

        people.moveTo(ended.plusYears(1).minusDays(1));
        job.review();
        assertThat(people.dueReferences()).doesNotContain(chat.toString());
        people.moveTo(ended.plusYears(1));
        job.review();
        assertThat(review(chat.toString())).containsEntry("rule", "web-chats").containsEntry("record_kind", "web-chat");
        assertThat(people.dueReferences()).as("a logged chat goes with its contact, under the contact's rule")
                .doesNotContain(logged.toString());

        var officer = staffAccounts.create(StaffRole.DATA_PROTECTION_OFFICER);
        var dpo = new WebSession(port);
        staffAccounts.signIn(dpo, officer, clock.instant());
        var list = dpo.get("/staff/retention").body();
        assertThat(list).contains(chat.toString(), "101 live chat not logged as a contact",
                "Web chats not logged as a contact");
        UUID id = reviewId(chat.toString());
        assertThat(dpo.get("/staff/retention/" + id).body())
                .contains("101 live chat not logged as a contact", "Chat started", "The contact handler ended it",
                        "Advice given, no report needed", "Lines typed", "Flagged as a possible emergency", "Yes, first at")
                .as("the reviewer decides without the words").doesNotContain("Araminta", "Fireworks", "swings", "knife");
        var disposed = dpo.post("/staff/retention/" + id + "/dispose", "checked", "yes");
        assertThat(disposed.body()).contains(chat + " has been disposed of");

        for (String table : List.of("chat_line", "chat_handover")) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table + " WHERE chat_id = :id").param("id", chat)
                    .query(Integer.class).single()).as(table).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM " + table + " WHERE chat_id = :id").param("id", logged)
                    .query(Integer.class).single()).as("the logged chat's " + table).isPositive();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM chat WHERE id = :id").param("id", chat)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM chat WHERE id = :id").param("id", logged)
                .query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("SELECT rule FROM disposed_record WHERE record_ref = :r").param("r", chat.toString())
                .query(String.class).single()).isEqualTo("web-chats");
        var looked = dpo.get("/staff/access-log?username=" + officer.username());
        assertThat(looked.status()).as("the access log names the chat's kind").isEqualTo(200);
        assertThat(looked.body()).contains("101 live chat", chat.toString());
    }

    @Test
    void anAnsweredSubjectAccessRequestIsDueAfterItsOwnPeriodAndGoesWithItsAnswer() {
        var people = new RetentionPeople(port, jdbc, clock, staffAccounts);
        people.moveTo(people.today().plusDays(1));
        var person = new WebSession(port);
        person.get("/your-data");
        person.post("/your-data/start");
        person.post("/your-data/name", "fullName", "Ottoline Pembridge-Vask", "otherNames", "", "dob-day", "2",
                "dob-month", "2", "dob-year", "1970");
        person.post("/your-data/contact", "email", "ottoline.vask@example.org", "phone", "", "address", "",
                "postcode", "");
        person.post("/your-data/what", "wants", "everything");
        person.upload("/your-data/identity", "file", "passport.png", TestImages.png(6, 6), "identity", "upload");
        person.post("/your-data/receive", "receive", "link", "address", "", "postcode", "");
        var done = person.post("/your-data/check");
        var matcher = Pattern.compile("DSR-\\d{4}-\\d{4}").matcher(done.body());
        assertThat(matcher.find()).as("the reference is shown").isTrue();
        String reference = matcher.group();
        var dpo = people.staff(StaffRole.DATA_PROTECTION_OFFICER);
        LocalDate received = people.today();
        dpo.post("/staff/data-requests/" + reference + "/identity", "method", "checked-upload", "note", "",
                "received-day", String.valueOf(received.getDayOfMonth()),
                "received-month", String.valueOf(received.getMonthValue()),
                "received-year", String.valueOf(received.getYear()));
        assertThat(dpo.post("/staff/data-requests/" + reference + "/release").body()).contains("Answer released");
        List<UUID> answerFiles = jdbc.sql("""
                        SELECT pdf_file_id FROM subject_access_release r JOIN subject_access_request q
                            ON q.id = r.request_id WHERE q.reference = :r
                        UNION ALL SELECT json_file_id FROM subject_access_release r JOIN subject_access_request q
                            ON q.id = r.request_id WHERE q.reference = :r""")
                .param("r", reference).query(UUID.class).list();
        assertThat(answerFiles).hasSize(2).allSatisfy(file -> assertThat(files.open(file)).isPresent());

        people.moveTo(received.plusYears(2).minusDays(1));
        job.review();
        assertThat(people.dueReferences()).doesNotContain(reference);
        people.moveTo(received.plusYears(2));
        job.review();
        assertThat(review(reference)).containsEntry("rule", "data-requests")
                .containsEntry("record_kind", "data-request");

        dpo = people.staff(StaffRole.DATA_PROTECTION_OFFICER);
        UUID id = reviewId(reference);
        assertThat(dpo.get("/staff/retention/" + id).body()).contains("Subject access request", "answered");
        assertThat(dpo.post("/staff/retention/" + id + "/dispose", "checked", "yes").body())
                .contains(reference + " has been disposed of");

        for (String table : List.of("subject_access_request", "subject_access_timeline", "subject_access_item",
                "subject_access_release")) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table + " t WHERE t::text LIKE '%Pembridge-Vask%'"
                            + " OR t::text LIKE '%ottoline.vask%'")
                    .query(Integer.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM subject_access_request WHERE reference = :r").param("r", reference)
                .query(Integer.class).single()).isZero();
        assertThat(answerFiles).allSatisfy(file -> assertThat(files.open(file)).as("deleted after the commit").isEmpty());
        assertThat(jdbc.sql("SELECT rule FROM disposed_record WHERE record_ref = :r").param("r", reference)
                .query(String.class).single()).isEqualTo("data-requests");
    }

    private java.util.Map<String, Object> review(String reference) {
        return jdbc.sql("SELECT * FROM retention_review WHERE record_ref = :r AND status = 'due'")
                .param("r", reference).query().singleRow();
    }

    private UUID reviewId(String reference) {
        return jdbc.sql("SELECT id FROM retention_review WHERE record_ref = :r AND status = 'due'")
                .param("r", reference).query(UUID.class).single();
    }
}
