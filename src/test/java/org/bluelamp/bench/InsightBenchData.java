package org.bluelamp.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Fills an empty Bluelamp database with many contacts for the insight benchmark, in SQL ({@code INSERT ... SELECT
 * FROM generate_series}), a batch of days at a time in the order they were received, as the table fills in life:
 * three years of them up to now, of every channel, report type and team (or none), most closed or filed and the
 * recent ones still open, with their clocks (first contact, crime decision, grading, victim updates) met in time, late
 * or still running, closing categories and referrals. About one contact in twenty comes from a pool of people who
 * report again and again (the same email, phone and postcode), so repeat reporters show within 90 days. Relay calls,
 * chats, satisfaction answers and subject access requests are added in proportion. Every index of the schema stays
 * as the migrations made it, so what is measured is the real schema; the values are made up (example.com, 07 numbers
 * from no real range, postcodes from a word list).
 */
final class InsightBenchData {

    private static final Logger log = LoggerFactory.getLogger(InsightBenchData.class);

    /** Contacts added by one statement: each batch commits, so the write-ahead log and memory stay small. */
    static final int BATCH = 250_000;
    /** How far back the contacts go, in days up to and including today. */
    static final int DAYS = 3 * 365 + 1;

    private static final String TEAMS = "ARRAY['response','neighbourhood-north','neighbourhood-south','investigations',"
            + "'roads-policing','demo']";

    /**
     * One batch: contacts n = first..last of count, on day floor((n - 1) * DAYS / count) of the period. The inner
     * select draws every random number once per row (a subquery with random() in its list is not flattened).
     */
    private static final String CONTACTS = """
            INSERT INTO contact (id, reference, channel, service_id, service_title, received_at, first_response_due,
                                 queue, priority, status, possible_emergency, risk, grading, grading_due,
                                 opening_category, closing_category, first_contact_at, crime_decision_due,
                                 crime_decision, crime_classification, crime_decided_at, victim_update_due, referred_to,
                                 closed_at, last_activity_at, allocated_team, call_started_at, call_ended_at, logged_by,
                                 interpreter, reporter_names, emails, phones, postcodes, vehicles, search_words,
                                 support_needs, language, agreed_updates)
            SELECT gen_random_uuid(), 'BN-' || to_char(n, 'FM000000000'), channel, service_id, service_title,
                   received_at, received_at + interval '24 hours', queue, priority, status, r_emergency < 0.02, risk,
                   grading, grading_due, opening_category, closing_category, first_contact_at, crime_decision_due,
                   crime_decision, crime_classification, crime_decided_at,
                   CASE WHEN crime_decision = 'recorded' AND status NOT IN ('filed', 'closed')
                        THEN crime_decided_at + interval '28 days' END,
                   referred_to, closed_at,
                   GREATEST(received_at, first_contact_at, crime_decided_at, closed_at), allocated_team,
                   CASE WHEN channel = 'phone' THEN received_at - interval '6 minutes' END,
                   CASE WHEN channel = 'phone' THEN received_at END,
                   CASE WHEN channel IN ('phone', 'in-person', 'email', 'video-relay')
                        THEN 'bench.handler-' || (n %% 40) END,
                   CASE WHEN channel = 'video-relay' THEN 'bench.interpreter-' || (n %% 6) END,
                   names.first[1 + (n %% 20)::int] || ' ' || names.last[1 + (n / 20 %% 30)::int],
                   CASE WHEN repeat THEN ARRAY['frequent' || person || '@example.com']
                        WHEN r_email < 0.6 THEN ARRAY['reporter' || n || '@example.org'] ELSE '{}' END,
                   CASE WHEN repeat THEN ARRAY['+447' || to_char(100000000 + person, 'FM000000000')]
                        WHEN r_phone < 0.7 THEN ARRAY['+447' || to_char(200000000 + n, 'FM000000000')] ELSE '{}' END,
                   ARRAY[names.area[1 + (place %% 20)::int] || (1 + place / 20 %% 30) || ' ' || (place / 600 %% 10)
                         || substr('ABDEFGHJLNPQRSTUWXYZ', (place / 6000 %% 20)::int + 1, 1)
                         || substr('ABDEFGHJLNPQRSTUWXYZ', (place / 120000 %% 20)::int + 1, 1)],
                   CASE WHEN service_id IN ('road-traffic-collision', 'lost-or-stolen-vehicle')
                        THEN ARRAY['BN' || to_char(n %% 100, 'FM00') || 'BEN'] ELSE '{}' END,
                   to_tsvector('english', names.item[1 + (n %% 8)::int] || ' taken from '
                               || names.street[1 + (n / 8 %% 8)::int]),
                   CASE WHEN r_support < 0.02 THEN ARRAY['bsl'] WHEN r_support < 0.04 THEN ARRAY['language']
                        ELSE '{}' END,
                   CASE WHEN r_support > 0.97 THEN 'cy' ELSE 'en' END,
                   CASE WHEN crime_decision = 'recorded' AND r_support < 0.4
                        THEN (ARRAY['weekly','every-2-weeks','every-4-weeks','when-something-changes'])
                             [1 + (n %% 4)::int] END
            FROM (
              SELECT c.*,
                     CASE WHEN has_contact AND status <> 'new' AND received_at + fc_delay <= now()
                          THEN received_at + fc_delay END AS first_contact_at,
                     CASE WHEN crime_decision IS NOT NULL THEN received_at + decided_delay END AS crime_decided_at,
                     CASE WHEN crime_decision = 'recorded'
                          THEN codes[1 + (n %% 17)::int] END AS crime_classification,
                     CASE WHEN graded THEN (ARRAY['emergency','priority','scheduled','resolution-without-deployment'])
                          [CASE WHEN r_grading < 0.05 THEN 1 WHEN r_grading < 0.2 THEN 2 WHEN r_grading < 0.6 THEN 3
                                ELSE 4 END] END AS grading,
                     CASE WHEN graded THEN received_at + r_graded * interval '2 hours'
                          + CASE WHEN r_grading < 0.05 THEN interval '15 minutes'
                                 WHEN r_grading < 0.2 THEN interval '60 minutes'
                                 WHEN r_grading < 0.6 THEN interval '48 hours' ELSE interval '24 hours' END
                          END AS grading_due,
                     CASE WHEN graded THEN (ARRAY['high','medium','low'])[CASE WHEN r_grading < 0.1 THEN 1
                          WHEN r_grading < 0.5 THEN 2 ELSE 3 END] END AS risk,
                     CASE WHEN graded THEN categories[1 + (n %% 28)::int] END AS opening_category,
                     CASE WHEN status IN ('closed', 'filed') THEN categories[1 + ((n / 7) %% 28)::int] END
                          AS closing_category,
                     CASE WHEN status = 'referred' OR (status = 'closed' AND service_id = 'fraud' AND r_graded < 0.3)
                          THEN referrals[CASE WHEN service_id = 'fraud' THEN 1 ELSE 1 + (n %% 5)::int END]
                          END AS referred_to,
                     CASE WHEN status IN ('closed', 'filed', 'referred')
                          THEN LEAST(now(), received_at + interval '2 hours' + r_closed * r_closed * interval '30 days')
                          END AS closed_at,
                     CASE WHEN status = 'allocated' OR r_team >= 0.35
                          THEN teams[1 + floor(r_team * 1000)::int %% 6] END AS allocated_team
              FROM (
                SELECT b.*,
                       CASE WHEN channel = 'bsl-video-message' THEN 'bsl-video-message'
                            ELSE service_ids[s] END AS service_id,
                       CASE WHEN channel = 'bsl-video-message' THEN 'Send us a BSL video message'
                            ELSE titles[s] END AS service_title,
                       CASE WHEN age < 2 THEN statuses[1 + floor(r_status * 10)::int]
                            WHEN age < 30 THEN statuses[11 + floor(r_status * 10)::int]
                            ELSE statuses[21 + floor(r_status * 100)::int] END AS status,
                       CASE WHEN s IN (1, 5, 6, 8) THEN received_at + interval '24 hours' END AS crime_decision_due,
                       CASE WHEN s IN (1, 5, 6, 8) AND r_decision < 0.95
                                 AND received_at + decided_delay <= now()
                            THEN CASE WHEN r_decision < 0.75 THEN 'recorded' ELSE 'not-a-crime' END
                            END AS crime_decision,
                       (channel <> 'online' OR r_graded < 0.5) AS graded,
                       CASE WHEN r_priority < 0.1 THEN 'high' WHEN r_priority < 0.9 THEN 'standard' ELSE 'low' END
                            AS priority,
                       CASE WHEN s IN (1, 5, 6) AND r_priority > 0.7 THEN 'crime-bureau' ELSE 'contact-management' END
                            AS queue
                FROM (
                  SELECT a.*,
                         LEAST(now() - interval '1 minute',
                               ((date_trunc('day', now() AT TIME ZONE 'Europe/London')
                                 - (%1$d - 1 - day) * interval '1 day'
                                 + (((r_hour + r_hour2) / 2 * 24 + 2)::numeric %% 24)::float8 * interval '1 hour')
                                AT TIME ZONE 'Europe/London')) AS received_at,
                         %1$d - 1 - day AS age,
                         CASE WHEN r_channel < 0.40 THEN 'online' WHEN r_channel < 0.70 THEN 'phone'
                              WHEN r_channel < 0.78 THEN 'email' WHEN r_channel < 0.85 THEN 'in-person'
                              WHEN r_channel < 0.95 THEN 'webchat' WHEN r_channel < 0.98 THEN 'video-relay'
                              ELSE 'bsl-video-message' END AS channel,
                         CASE WHEN r_service < 0.35 THEN 1 WHEN r_service < 0.50 THEN 2 WHEN r_service < 0.58 THEN 3
                              WHEN r_service < 0.66 THEN 4 WHEN r_service < 0.74 THEN 5 WHEN r_service < 0.77 THEN 6
                              WHEN r_service < 0.87 THEN 7 WHEN r_service < 0.91 THEN 8 WHEN r_service < 0.93 THEN 9
                              WHEN r_service < 0.96 THEN 10 ELSE 11 END AS s,
                         r_fc * r_fc * interval '36 hours' AS fc_delay,
                         r_decided * r_decided * interval '48 hours' AS decided_delay,
                         r_repeat < 0.05 AS repeat,
                         floor(r_person * %3$d)::bigint AS person,
                         CASE WHEN r_repeat < 0.05 THEN floor(r_person * %3$d)::bigint
                              ELSE 1000000 + floor(r_place * %4$d)::bigint END AS place,
                         ARRAY['crime','anti-social-behaviour','road-traffic-collision','lost-property','fraud',
                               'hate-crime','information','lost-or-stolen-vehicle','missing-person','found-property',
                               'feedback'] AS service_ids,
                         ARRAY['Report a crime','Report anti-social behaviour','Report a road traffic collision',
                               'Report lost property','Report fraud or a scam','Report a hate crime or hate incident',
                               'Tell us about something','Report a stolen or missing vehicle','Report a missing person',
                               'Report found property','Give us feedback'] AS titles,
                         %5$s AS teams,
                         -- recent (under 2 days), the last month, older: ten, ten and a hundred equal chances
                         ARRAY['new','new','new','in-progress','in-progress','awaiting-information','allocated',
                               'allocated','closed','filed',
                               'new','in-progress','awaiting-information','allocated','allocated','referred','filed',
                               'filed','closed','closed'] ||
                         array_fill('closed'::text, ARRAY[60]) || array_fill('filed'::text, ARRAY[25]) ||
                         array_fill('referred'::text, ARRAY[8]) || array_fill('allocated'::text, ARRAY[4]) ||
                         ARRAY['in-progress','awaiting-information','new'] AS statuses,
                         ARRAY['Concern for safety','Missing person','Domestic incident (not a crime)',
                               'Suspicious circumstances','Sudden death','Abandoned call','Crime','Crime - fraud',
                               'Crime - hate','Crime - domestic abuse','Anti-social behaviour - personal',
                               'Anti-social behaviour - nuisance','Anti-social behaviour - environmental',
                               'Road traffic collision - damage only','Road traffic collision - injury',
                               'Highway disruption','Vehicle crime - lost or stolen vehicle','Lost property',
                               'Found property','Message for an officer','Feedback','Duplicate report',
                               'Information only','Crime','Crime','Crime','Anti-social behaviour - nuisance',
                               'Information only'] AS categories,
                         ARRAY['8N','105A','8Q','8R','28E','30C','39','44','45','48','46','49','58A','58C','58D','66',
                               '53H'] AS codes,
                         ARRAY['Report Fraud (national fraud reporting service)','Local council',
                               'Another police force','Victim support service','Other organisation'] AS referrals
                  FROM (
                    SELECT n, floor((n - 1) * %1$d::numeric / %2$d)::int AS day,
                           random() AS r_hour, random() AS r_hour2, random() AS r_channel, random() AS r_service,
                           random() AS r_team, random() AS r_status, random() AS r_fc, random() AS r_decided,
                           random() AS r_decision, random() AS r_grading, random() AS r_graded, random() AS r_closed,
                           random() AS r_priority, random() AS r_repeat, random() AS r_person, random() AS r_place,
                           random() AS r_email, random() AS r_phone, random() AS r_support, random() AS r_emergency,
                           random() < 0.92 AS has_contact
                    FROM generate_series(%6$d::bigint, %7$d::bigint) n
                  ) a
                ) b
              ) c
            ) c,
            (SELECT ARRAY['Oliver','Amelia','Harry','Aisha','Jack','Priya','Noah','Zofia','Leo','Grace','Muhammad',
                          'Freya','Tomasz','Isla','Kwame','Megan','Gareth','Siobhan','Ravi','Chloe'] AS first,
                    ARRAY['Smith','Jones','Patel','Taylor','Brown','Khan','Davies','Evans','Nowak','Wilson','Begum',
                          'Thomas','Roberts','Singh','Hughes','Okafor','Clarke','Hussain','Walker','Mensah','Wright',
                          'Ali','Green','Hall','Lewis','Harris','Wood','Turner','Kelly','Murphy'] AS last,
                    ARRAY['LE1','LE2','LE3','LE4','LE5','LE11','LE12','LE65','LE67','LE10','NG1','NG7','DE1','DE22',
                          'CV1','NN1','PE1','LN1','S1','B1'] AS area,
                    ARRAY['bicycle','mobile phone','catalytic converter','wallet','power tools','parcel','laptop',
                          'handbag'] AS item,
                    ARRAY['High Street','Station Road','Church Lane','London Road','Narborough Road','Melton Road',
                          'Saffron Lane','Granby Street'] AS street) names""";

    /** Relay calls, chats, satisfaction answers and subject access requests, spread over the same period. */
    private static final String OTHERS = """
            INSERT INTO relay_call (id, token_hash, status, queued_at, caller_seen_at, answered_at, ended_at,
                                    end_reason, interpreter)
            SELECT gen_random_uuid(), 'bench-relay-' || n, CASE WHEN r < 0.1 THEN 'abandoned' ELSE 'ended' END,
                   at, at + interval '8 minutes',
                   CASE WHEN r >= 0.1 THEN at + r * interval '6 minutes' END, at + interval '8 minutes',
                   CASE WHEN r < 0.1 THEN 'dropped' WHEN r < 0.6 THEN 'interpreter-ended' ELSE 'caller-left' END,
                   CASE WHEN r >= 0.1 THEN 'bench.interpreter-' || (n %% 6) END
            FROM (SELECT n, random() AS r, now() - random() * interval '%1$d days' - interval '10 minutes' AS at
                  FROM generate_series(1, %2$d) n) x;

            INSERT INTO chat (id, key_hash, status, about, language, queued_at, last_heard_at, answered_at,
                              answered_by, ended_at, end_reason, closed_reason, last_seq)
            SELECT gen_random_uuid(), 'bench-chat-' || n, CASE WHEN r < 0.08 THEN 'abandoned' ELSE 'ended' END,
                   'Bench chat ' || n, 'en', at, at + interval '12 minutes',
                   CASE WHEN r >= 0.08 THEN at + r * interval '4 minutes' END,
                   CASE WHEN r >= 0.08 THEN 'bench.handler-' || (n %% 40) END,
                   at + interval '12 minutes',
                   CASE WHEN r < 0.08 THEN 'person-left-site' WHEN r < 0.5 THEN 'handler-ended' ELSE 'person-ended' END,
                   CASE WHEN r >= 0.08 THEN (ARRAY['reported','advice-given','signposted','not-a-police-matter',
                        'already-reported','no-reply','misuse','bsl-relay'])[1 + (n %% 8)::int] END,
                   CASE WHEN r >= 0.08 THEN 12 ELSE 1 END
            FROM (SELECT n, random() AS r, now() - random() * interval '%1$d days' - interval '15 minutes' AS at
                  FROM generate_series(1, %3$d) n) x;

            INSERT INTO satisfaction_answer (id, service_id, channel, month, overall, easy, kept_informed)
            SELECT gen_random_uuid(),
                   (ARRAY['crime','anti-social-behaviour','road-traffic-collision','lost-property','fraud','hate-crime',
                          'information','lost-or-stolen-vehicle'])[1 + (n %% 8)::int],
                   (ARRAY['online','phone','email','in-person','webchat','video-relay'])[1 + (n / 8 %% 6)::int],
                   date_trunc('month', now() - random() * interval '%1$d days')::date,
                   (ARRAY['very-satisfied','satisfied','satisfied','neither','dissatisfied','very-dissatisfied'])
                       [1 + floor(random() * 6)::int],
                   (ARRAY['very-easy','easy','easy','neither','difficult','very-difficult'])
                       [1 + floor(random() * 6)::int],
                   (ARRAY['yes','yes','partly','no'])[1 + floor(random() * 4)::int]
            FROM generate_series(1, %4$d) n;

            INSERT INTO subject_access_request (id, reference, received_at, full_name, date_of_birth, wants, identity,
                                                receive_by, status, identity_received_on, due_on, answered_at)
            SELECT gen_random_uuid(), 'BS-' || to_char(n, 'FM000000000'), at, 'Bench Person ' || n,
                   date '1960-01-01' + (n %% 15000)::int, 'everything', 'upload', 'link',
                   CASE WHEN at < now() - interval '40 days' THEN 'answered' ELSE 'received' END,
                   at::date, at::date + 30,
                   CASE WHEN at < now() - interval '40 days' THEN at + interval '25 days' END
            FROM (SELECT n, now() - random() * interval '%1$d days' AS at FROM generate_series(1, %5$d) n) x""";

    private InsightBenchData() {
    }

    /** How many of each kind were made, and how long it took. */
    record Made(long contacts, long relayCalls, long chats, long satisfactionAnswers, long accessRequests,
                double seconds) {
    }

    /** Adds {@code count} contacts (and the rest in proportion) to a database that has none; then ANALYZE. */
    static Made fill(DataSource database, int count) throws SQLException {
        long start = System.nanoTime();
        // Frequent reporters: one in twenty contacts comes from a pool this big, a few each per 90 days at any size.
        int frequent = Math.max(3, count / 2000);
        int places = Math.max(100, count / 3);
        try (Connection db = database.getConnection(); Statement sql = db.createStatement()) {
            sql.execute("SET synchronous_commit = off");
            sql.execute("SET work_mem = '64MB'");
            for (int first = 1; first <= count; first += BATCH) {
                int last = Math.min(count, first + BATCH - 1);
                sql.execute(String.format(Locale.ROOT, CONTACTS, DAYS, count, frequent, places, TEAMS, first, last));
                log.info("Contacts 1 to {} of {} made after {} s", last, count,
                        (System.nanoTime() - start) / 1_000_000_000);
            }
            long relay = Math.max(5, count * 3L / 100);
            long chats = Math.max(5, count * 6L / 100);
            long answers = Math.max(5, count * 4L / 100);
            long requests = Math.max(2, count / 500);
            for (String statement : String.format(Locale.ROOT, OTHERS, DAYS, relay, chats, answers, requests)
                    .split(";\n")) {
                sql.execute(statement);
            }
            log.info("Relay calls, chats, answers and requests made after {} s",
                    (System.nanoTime() - start) / 1_000_000_000);
            sql.execute("ANALYZE");
            return new Made(count, relay, chats, answers, requests, (System.nanoTime() - start) / 1e9);
        }
    }

    /** What an earlier run made in this database (its folder kept with -Dbench.keep-data=true); no time to make. */
    static Made found(DataSource database) {
        var db = JdbcClient.create(database);
        return new Made(count(db, "contact"), count(db, "relay_call"), count(db, "chat"),
                count(db, "satisfaction_answer"), count(db, "subject_access_request"), 0);
    }

    private static long count(JdbcClient db, String table) {
        return db.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    static String teams() {
        return TEAMS;
    }
}
