package org.bluelamp.privacy;

import com.zaxxer.hikari.HikariDataSource;
import org.bluelamp.BluelampTest;
import org.bluelamp.DatabaseOwner;
import org.bluelamp.MovableClock;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.TestClock;
import org.bluelamp.WebSession;
import org.bluelamp.platform.files.FileStore;
import org.bluelamp.staff.StaffRole;
import org.bluelamp.tracking.CodesForTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person's whole history, disposed of through the review page, leaves none of their details in any column of any
 * table or in any stored file; another person's history stays untouched, and a tombstone without personal data says
 * the record existed.
 */
@BluelampTest
@Import(MovableClock.class)
@TestPropertySource(properties = RetentionReviewTest.OWN_CONTEXT)
class DisposalLeavesNoPersonalDataTest {

    private static final RetentionPeople.Person SUBJECT = new RetentionPeople.Person("Zebedee Quorthwaite",
            "zebedee.quorthwaite@example.net", "07700 900461", "14 Marrowbone Wharf", "LE9 9ZQ",
            "My lemon-yellow tandem was lifted from the Marrowbone Wharf railings overnight.");
    private static final RetentionPeople.Person OTHER = new RetentionPeople.Person("Ottoline Brackenbury",
            "ottoline.brackenbury@example.org", "07700 900777", "3 Skiffington Row", "LE7 7XQ",
            "Someone prised open my allotment shed on Skiffington Row.");

    /** The subject's details as each may be stored: as typed, normalised for search, or in words. */
    private static final List<String> SUBJECT_DETAILS = List.of("Zebedee", "Quorthwaite", "quorthwaite@example",
            "07700 900461", "7700900461", "LE9 9ZQ", "LE99ZQ", "Marrowbone", "lemon-yellow", "tandem");
    private static final List<String> OTHER_DETAILS = List.of("Ottoline", "Brackenbury", "LE7 7XQ", "Skiffington");

    private static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HikariDataSource pool;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    RetentionReviewJob job;

    @Autowired
    FileStore files;

    @Autowired
    CodesForTests codes;

    @LocalServerPort
    int port;

    @Test
    void disposalOfAPersonsRecordLeavesNoneOfTheirDetailsInAnyTableOrFile() {
        var people = new RetentionPeople(port, jdbc, clock, staffAccounts);
        people.moveTo(people.today().plusDays(1));
        String reference = people.reports(SUBJECT);
        String otherReference = people.reports(OTHER);
        historyOf(people, reference);
        people.eventsHandled();
        List<UUID> subjectFiles = jdbc.sql("""
                        SELECT f.id FROM report_file f JOIN report r ON r.id = f.report_id WHERE r.reference = :r
                        UNION SELECT file_id FROM relay_recording_chunk k JOIN relay_call c ON c.id = k.call_id
                        WHERE c.reference = :r""")
                .param("r", reference).query(UUID.class).list();
        assertThat(subjectFiles).as("the statement and the recording's piece").hasSize(2);
        Path root = fileStoreRoot();

        var before = tablesHolding(SUBJECT_DETAILS);
        assertThat(before).as("the scan finds the subject before disposal")
                .containsKeys(SUBJECT_DETAILS.toArray(String[]::new));
        assertThat(before.values().stream().flatMap(List::stream)).contains("report.answers", "report_draft.answers",
                "contact.reporter_names", "contact.search_words", "message.recipient", "relay_call_message.body",
                "relay_call.note", "plod_visit.place", "information_request.question", "contact_timeline.details",
                "chat.name", "chat.about", "chat_line.body");
        assertThat(filesHolding(root, SUBJECT_DETAILS)).as("and in its files").hasSize(2);

        people.moveTo(people.today().plusYears(6).plusDays(1));
        job.review();
        var dpo = people.staff(StaffRole.DATA_PROTECTION_OFFICER);
        assertThat(dpo.get("/staff/retention").body()).contains(reference, otherReference);
        UUID review = jdbc.sql("SELECT id FROM retention_review WHERE record_ref = :r AND status = 'due'")
                .param("r", reference).query(UUID.class).single();
        assertThat(dpo.get("/staff/retention/" + review).body()).contains("Review " + reference, "Crime")
                .doesNotContain("Quorthwaite");
        var unchecked = dpo.post("/staff/retention/" + review + "/dispose");
        assertThat(unchecked.body()).contains("There is a problem",
                "Tick to confirm you have checked this record can be disposed of");
        assertThat(tablesHolding(SUBJECT_DETAILS)).as("nothing is disposed of unconfirmed").isNotEmpty();

        var disposed = dpo.post("/staff/retention/" + review + "/dispose", "checked", "yes");
        assertThat(disposed.path()).startsWith("/staff/retention?done=disposed");
        assertThat(disposed.body()).contains(reference + " has been disposed of").contains(otherReference);

        assertThat(tablesHolding(SUBJECT_DETAILS)).as("no table holds any of the subject's details").isEmpty();
        assertThat(filesHolding(root, SUBJECT_DETAILS)).as("no stored file holds any of them").isEmpty();
        subjectFiles.forEach(id -> assertThat(files.open(id)).isEmpty());
        assertThat(jdbc.sql("SELECT count(*) FROM contact WHERE reference = :r").param("r", reference)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM chat WHERE reference = :r").param("r", reference)
                .query(Integer.class).single()).as("the chat logged as the contact went with it").isZero();

        assertThat(tablesHolding(OTHER_DETAILS)).as("the other person's record is untouched")
                .containsKeys(OTHER_DETAILS.toArray(String[]::new));
        assertThat(filesHolding(root, OTHER_DETAILS)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM contact WHERE reference = :r").param("r", otherReference)
                .query(Integer.class).single()).isOne();

        var tombstone = jdbc.sql("SELECT * FROM disposed_record WHERE record_ref = :r").param("r", reference)
                .query().singleRow();
        assertThat(tombstone).containsEntry("record_kind", "contact").containsEntry("rule", "crime")
                .containsKey("last_activity_on").containsKey("disposed_at");
        assertThat(tombstone.values().stream().map(String::valueOf))
                .noneMatch(value -> SUBJECT_DETAILS.stream().anyMatch(d -> value.toLowerCase(Locale.ROOT)
                        .contains(d.toLowerCase(Locale.ROOT))));
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM disposed_record WHERE record_ref = :r").param("r", reference)
                .update()).as("the tombstone is append-only").hasMessageContaining("disposed_record");
        assertThat(jdbc.sql("SELECT action FROM access_log WHERE record_ref = :r ORDER BY id").param("r", reference)
                .query(String.class).list()).as("the review's look and the disposal are in the access log")
                .containsSubsequence("read", "dispose");
        assertThat(dpo.get("/staff/retention/" + review).body()).contains("Disposed of by ");
    }

    /**
     * Around the report: staff reads, a question and its message, tracking, a message and a reply, a PLOD visit, an
     * interpreted call, a 101 live chat logged as the contact.
     */
    private void historyOf(RetentionPeople people, String reference) {
        var handler = people.staff(StaffRole.CONTACT_HANDLER);
        assertThat(handler.get("/staff/contacts/" + reference).body()).contains(SUBJECT.name());
        String fileId = jdbc.sql("""
                        SELECT f.id FROM report_file f JOIN report r ON r.id = f.report_id WHERE r.reference = :r""")
                .param("r", reference).query(String.class).single();
        assertThat(handler.download("/staff/contacts/" + reference + "/files/" + fileId).statusCode()).isEqualTo(200);
        handler.get("/staff/contacts/" + reference + "/actions/request-information");
        handler.post("/staff/contacts/" + reference + "/actions/request-information",
                "question", "Zebedee Quorthwaite, was the tandem locked to the railings?");

        var person = new WebSession(port);
        person.get("/track");
        var asked = person.post("/track", "reference", reference, "contact", SUBJECT.email());
        var challenge = CHALLENGE.matcher(asked.body());
        assertThat(challenge.find()).isTrue();
        String code = codes.forChallenge(UUID.fromString(challenge.group(1))).getFirst().code();
        person.post("/track/code", "challenge", challenge.group(1), "contact", SUBJECT.email(), "code", code);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM tracking_access a JOIN report r ON r.id = a.report_id
                        WHERE r.reference = :r""").param("r", reference).query(Integer.class).single()).isOne();
        person.get("/track/report/message");
        assertThat(person.upload("/track/report/message", "evidence", "", new byte[0], "information",
                "Zebedee Quorthwaite again: the tandem was red").pathOnly()).isEqualTo("/track/report");
        handler.get("/staff/contacts/" + reference + "/actions/reply");
        handler.post("/staff/contacts/" + reference + "/actions/reply", "message",
                "Thank you, Zebedee Quorthwaite: we have noted the colour.");
        assertThat(jdbc.sql("SELECT count(*) FROM contact_message m JOIN contact c ON c.id = m.contact_id "
                + "WHERE c.reference = :r").param("r", reference).query(Integer.class).single()).isEqualTo(2);

        var officer = people.staff(StaffRole.PLOD_OFFICER);
        var day = people.today().plusDays(20);
        officer.get("/staff/visits/availability");
        officer.post("/staff/visits/availability", "day", day.toString(), "time", "11:00", "length", "60");
        String slot = jdbc.sql("SELECT id FROM plod_slot WHERE starts_at > :now ORDER BY starts_at DESC LIMIT 1")
                .param("now", Timestamp.from(clock.instant())).query(String.class).single();
        handler.get("/staff/contacts/" + reference + "/visits");
        var booked = handler.post("/staff/contacts/" + reference + "/visits", "slot", slot,
                "place", SUBJECT.addressLine() + ", Leicester " + SUBJECT.postcode() + " (Zebedee's flat)",
                "confirmBy", "email");
        assertThat(booked.path()).endsWith("/visits?done=booked");

        // An interpreted call logged as this contact, as the relay stores one (the relay's own tests drive it).
        UUID call = UUID.randomUUID();
        UUID piece = UUID.randomUUID();
        files.write(piece, ("webm " + SUBJECT.name() + " signing about the tandem").getBytes(StandardCharsets.UTF_8));
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO relay_call (id, token_hash, status, queued_at, caller_seen_at, answered_at,
                                                ended_at, end_reason, interpreter, note, reference)
                        VALUES (:id, :token, 'ended', :now, :now, :now, :now, 'interpreter-ended', 'interpreter.one',
                                'Caller is Zebedee Quorthwaite', :ref)""")
                .param("id", call).param("token", UUID.randomUUID().toString()).param("now", now)
                .param("ref", reference).update();
        jdbc.sql("""
                        INSERT INTO relay_recording_chunk (call_id, seq, file_id, bytes, received_at)
                        VALUES (:c, 0, :f, 9, :now)""")
                .param("c", call).param("f", piece).param("now", now).update();
        jdbc.sql("""
                        INSERT INTO relay_call_message (call_id, sender, body, sent_at)
                        VALUES (:c, 'caller', 'I am Zebedee Quorthwaite, my number is 07700 900461', :now)""")
                .param("c", call).param("now", now).update();
        jdbc.sql("""
                        INSERT INTO relay_recording_playback (call_id, username, played_at)
                        VALUES (:c, 'supervisor.one', :now)""")
                .param("c", call).param("now", now).update();
        // A 101 live chat logged as this contact, as the chat stores one (its own tests drive the console), handed on
        // once; the report and the draft it was sent from name it, as "Log this chat" leaves them (V48).
        UUID chat = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO chat (id, key_hash, status, name, about, queued_at, last_heard_at, answered_at,
                                          answered_by, ended_at, end_reason, closed_reason, last_seq, reference)
                        VALUES (:id, :key, 'ended', 'Zebedee Quorthwaite', 'My tandem at Marrowbone Wharf', :now, :now,
                                :now, 'handler.one', :now, 'handler-ended', 'reported', 1, :ref)""")
                .param("id", chat).param("key", UUID.randomUUID().toString()).param("now", now)
                .param("ref", reference).update();
        jdbc.sql("""
                        INSERT INTO chat_line (chat_id, seq, speaker, body, said_at)
                        VALUES (:c, 1, 'person', 'It is the lemon-yellow tandem, call me on 07700 900461', :now)""")
                .param("c", chat).param("now", now).update();
        jdbc.sql("""
                        INSERT INTO chat_handover (chat_id, at, from_handler, to_handler)
                        VALUES (:c, :now, 'handler.two', 'handler.one')""")
                .param("c", chat).param("now", now).update();
        jdbc.sql("UPDATE report SET chat_id = :c WHERE reference = :r").param("c", chat).param("r", reference).update();
        jdbc.sql("UPDATE report_draft SET chat_id = :c WHERE report_id = (SELECT id FROM report WHERE reference = :r)")
                .param("c", chat).param("r", reference).update();
        // A BSL video message is a report too: its row points to the report, so it must go before the report does.
        jdbc.sql("""
                        INSERT INTO bsl_video_message (report_id, reference, received_at)
                        SELECT id, reference, submitted_at FROM report WHERE reference = :r""")
                .param("r", reference).update();
    }

    /** Each detail found, with the table.column holding it, across every text-like column of every public table. */
    private Map<String, List<String>> tablesHolding(List<String> details) {
        var found = new java.util.TreeMap<String, List<String>>();
        DatabaseOwner.use(pool, owner -> {
            var columns = owner.sql("""
                            SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                            JOIN information_schema.tables t ON t.table_schema = c.table_schema
                                                          AND t.table_name = c.table_name
                            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                              AND c.table_name <> 'flyway_schema_history'
                              AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'bytea',
                                                  'uuid', 'ARRAY', 'tsvector', 'USER-DEFINED')
                            ORDER BY c.table_name, c.column_name""")
                    .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list();
            assertThat(columns.size()).as("every column is scanned").isGreaterThan(100);
            for (var column : columns) {
                String value = column.get(2).equals("bytea")
                        ? "lower(encode(\"%s\", 'escape'))".formatted(column.get(1))
                        : "lower(CAST(\"%s\" AS text))".formatted(column.get(1));
                for (String detail : details) {
                    int rows = owner.sql("SELECT count(*) FROM \"%s\" WHERE strpos(%s, :d) > 0"
                                    .formatted(column.get(0), value))
                            .param("d", detail.toLowerCase(Locale.ROOT)).query(Integer.class).single();
                    if (rows > 0) {
                        found.computeIfAbsent(detail, d -> new ArrayList<>()).add(column.get(0) + "." + column.get(1));
                    }
                }
            }
        });
        return found;
    }

    /** The stored files holding any of the details. */
    private static List<Path> filesHolding(Path root, List<String> details) {
        try (Stream<Path> stored = Files.walk(root)) {
            return stored.filter(Files::isRegularFile).filter(file -> {
                try {
                    String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                            .toLowerCase(Locale.ROOT);
                    return details.stream().anyMatch(d -> content.contains(d.toLowerCase(Locale.ROOT)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file store's folder, found by a file written to it. */
    private Path fileStoreRoot() {
        UUID probe = UUID.randomUUID();
        files.write(probe, new byte[]{1});
        try (Stream<Path> all = Files.walk(Path.of("target", "test-data"))) {
            Path found = all.filter(p -> p.getFileName().toString().equals(probe.toString())).findFirst()
                    .orElseThrow();
            files.delete(probe);
            return found.getParent().getParent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
