package org.bluelamp.insight.demo;

import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The rows a demo year adds, by table, in the order they are written (a row's parent first). Each table's columns are
 * the ones the application itself writes for that record, so the pages read them as they read their own.
 */
final class DemoRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Table {
        REPORT("report", """
                INSERT INTO report (id, reference, service_id, service_title, definition_version, answers, summary,
                                    submitted_at, channel, call_started_at, call_ended_at, logged_by, reporter,
                                    interpreter, relay_call_id, chat_id)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)"""),
        CONTACT("contact", """
                INSERT INTO contact (id, reference, report_id, channel, service_id, service_title, received_at,
                                     first_response_due, queue, priority, crime_decision_due, allocated_team,
                                     allocated_to, status, possible_emergency, emergency_terms, risk, vulnerabilities,
                                     grading, grading_due, opening_category, closing_category, first_contact_at,
                                     crime_decision, crime_classification, crime_decided_at, victim_update_due,
                                     referred_to, outcome, closed_at, last_activity_at, call_started_at, call_ended_at,
                                     logged_by, interpreter, reporter_names, emails, phones, search_words)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS text[]), ?, CAST(? AS text[]), ?, ?, ?,
                        ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS text[]), CAST(? AS text[]),
                        to_tsvector('english', ?))"""),
        ASSESSMENT("contact_assessment", """
                INSERT INTO contact_assessment (id, contact_id, assessed_by, assessed_at, threat, harm, risk,
                                                investigation, vulnerability, engagement, risk_level, vulnerabilities,
                                                grading, opening_category)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS text[]), ?, ?)"""),
        TIMELINE("contact_timeline", """
                INSERT INTO contact_timeline (contact_id, at, actor, kind, details)
                VALUES (?, ?, ?, ?, CAST(? AS jsonb))"""),
        INFORMATION_REQUEST("information_request", """
                INSERT INTO information_request (id, contact_id, question, requested_by, requested_at, answer,
                                                 answered_at, answered_how, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"""),
        BSL_VIDEO_MESSAGE("bsl_video_message", """
                INSERT INTO bsl_video_message (report_id, reference, received_at, translated_at, translated_by)
                VALUES (?, ?, ?, ?, ?)"""),
        RELAY_CALL("relay_call", """
                INSERT INTO relay_call (id, token_hash, status, queued_at, caller_seen_at, answered_at, ended_at,
                                        end_reason, interpreter, handler, handler_wanted, reference)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""),
        CHAT("chat", """
                INSERT INTO chat (id, key_hash, status, name, about, queued_at, last_heard_at, answered_at, answered_by,
                                  ended_at, end_reason, last_seq, reference, closed_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""),
        CHAT_LINE("chat_line", """
                INSERT INTO chat_line (chat_id, seq, speaker, staff_username, body, said_at)
                VALUES (?, ?, ?, ?, ?, ?)"""),
        MESSAGE("message", """
                INSERT INTO message (id, dedupe_key, kind, channel, recipient, subject, body, reference, created_at,
                                     not_before, status, attempts, sent_at, delivered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""),
        SATISFACTION_INVITATION("satisfaction_invitation", """
                INSERT INTO satisfaction_invitation (contact_id, token_hash, service_id, channel, asked_at, expires_at,
                                                     answered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)"""),
        SATISFACTION_ANSWER("satisfaction_answer", """
                INSERT INTO satisfaction_answer (id, service_id, channel, month, overall, easy, kept_informed, better)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)"""),
        SUBJECT_ACCESS_REQUEST("subject_access_request", """
                INSERT INTO subject_access_request (id, reference, received_at, full_name, date_of_birth, email,
                                                    identity, receive_by, status, identity_received_on, due_on,
                                                    identity_checked_by, identity_checked_at, identity_method,
                                                    answered_at, wants)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'everything')"""),
        SUBJECT_ACCESS_TIMELINE("subject_access_timeline", """
                INSERT INTO subject_access_timeline (request_id, at, actor, kind)
                VALUES (?, ?, ?, ?)""");

        final String table;
        final String sql;

        Table(String table, String sql) {
            this.table = table;
            this.sql = sql;
        }
    }

    static final Table REPORT = Table.REPORT;
    static final Table CONTACT = Table.CONTACT;
    static final Table ASSESSMENT = Table.ASSESSMENT;
    static final Table TIMELINE = Table.TIMELINE;
    static final Table INFORMATION_REQUEST = Table.INFORMATION_REQUEST;
    static final Table BSL_VIDEO_MESSAGE = Table.BSL_VIDEO_MESSAGE;
    static final Table RELAY_CALL = Table.RELAY_CALL;
    static final Table CHAT = Table.CHAT;
    static final Table CHAT_LINE = Table.CHAT_LINE;
    static final Table MESSAGE = Table.MESSAGE;
    static final Table SATISFACTION_INVITATION = Table.SATISFACTION_INVITATION;
    static final Table SATISFACTION_ANSWER = Table.SATISFACTION_ANSWER;
    static final Table SUBJECT_ACCESS_REQUEST = Table.SUBJECT_ACCESS_REQUEST;
    static final Table SUBJECT_ACCESS_TIMELINE = Table.SUBJECT_ACCESS_TIMELINE;

    private final Map<Table, List<Object[]>> rows = new EnumMap<>(Table.class);
    private final Map<Table, Integer> written = new EnumMap<>(Table.class);
    private final Map<String, Integer> contactsByChannel = new TreeMap<>();

    void add(Table table, Object... values) {
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
    }

    /** Counts a contact by its channel (the label is "contacts.{channel}"). */
    void count(String label) {
        contactsByChannel.merge(label.substring("contacts.".length()), 1, Integer::sum);
    }

    /** The rows not yet written. */
    List<Object[]> of(Table table) {
        return rows.getOrDefault(table, List.of());
    }

    /** The rows so far have been written: only their counts are kept, so a year never has to fit in memory at once. */
    void written() {
        rows.forEach((table, list) -> written.merge(table, list.size(), Integer::sum));
        rows.clear();
    }

    /** Rows added to each table, by the table's name, in the order written. */
    Map<String, Integer> counts() {
        return java.util.Arrays.stream(Table.values()).collect(Collectors.toMap(t -> t.table,
                t -> written.getOrDefault(t, 0) + of(t).size(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    Map<String, Integer> contactsByChannel() {
        return contactsByChannel;
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A PostgreSQL array literal, each element quoted. */
    static String array(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
