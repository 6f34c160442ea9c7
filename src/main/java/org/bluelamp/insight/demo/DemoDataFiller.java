package org.bluelamp.insight.demo;

import org.bluelamp.contact.ContactChoices;
import org.bluelamp.platform.ForceProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/**
 * Fills the database with a demo year ({@link DemoYear}) in one transaction: all of it or nothing. Insight is a read
 * model everywhere else; this is the one place in it that writes other modules' tables, and only for a demo
 * installation, on its owner's explicit command (bin/demo-data). It refuses a database that holds contacts already
 * unless told to add another year anyway.
 */
@Component
class DemoDataFiller {

    /** The most contacts one run makes: a few years' worth for a large force, written in a few minutes. */
    static final int MOST_CONTACTS = 300_000;
    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final JdbcClient sql;
    private final TransactionTemplate transaction;
    private final ContactChoices choices;
    private final ForceProperties force;
    private final Environment environment;
    private final Clock clock;

    DemoDataFiller(JdbcTemplate jdbc, JdbcClient sql, TransactionTemplate transaction, ContactChoices choices,
                   ForceProperties force, Environment environment, Clock clock) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.transaction = transaction;
        this.choices = choices;
        this.force = force;
        this.environment = environment;
        this.clock = clock;
    }

    /**
     * The deadlines the year's contacts met, as contact_deadline's trigger records them when staff work a contact: the
     * year is written as it ends, not step by step, so they are worked out from its columns and timeline. First
     * contact and the crime decision from their columns; grading from the first allocation, referral, filing or
     * close; each update to the victim after the first contact was owed the Victims' Code's 28 days after the one
     * before it.
     */
    private void deadlinesMet(Instant from, Instant until) {
        var year = java.util.Map.<String, Object>of("from", java.sql.Timestamp.from(from), "until",
                java.sql.Timestamp.from(until));
        sql.sql("""
                        INSERT INTO contact_deadline
                        SELECT id, 'first-contact', first_response_due, first_contact_at FROM contact
                        WHERE received_at >= :from AND received_at < :until AND first_contact_at IS NOT NULL""")
                .params(year).update();
        sql.sql("""
                        INSERT INTO contact_deadline
                        SELECT id, 'crime-decision', crime_decision_due, crime_decided_at FROM contact
                        WHERE received_at >= :from AND received_at < :until AND crime_decided_at IS NOT NULL
                          AND crime_decision_due IS NOT NULL""")
                .params(year).update();
        sql.sql("""
                        INSERT INTO contact_deadline
                        SELECT c.id, 'grading', c.grading_due, met.at FROM contact c
                        CROSS JOIN LATERAL (SELECT t.at FROM contact_timeline t
                                            WHERE t.contact_id = c.id
                                              AND t.kind IN ('allocated', 'referred', 'filed', 'closed')
                                            ORDER BY t.id LIMIT 1) met
                        WHERE c.received_at >= :from AND c.received_at < :until AND c.grading_due IS NOT NULL
                          AND c.status NOT IN ('new', 'in-progress', 'awaiting-information')""")
                .params(year).update();
        sql.sql("""
                        INSERT INTO contact_deadline
                        SELECT contact_id, 'victim-update', before + INTERVAL '28 days', at
                        FROM (SELECT t.contact_id, t.kind, t.at,
                                     lag(t.at) OVER (PARTITION BY t.contact_id ORDER BY t.id) AS before
                              FROM contact_timeline t JOIN contact c ON c.id = t.contact_id
                              WHERE c.received_at >= :from AND c.received_at < :until
                                AND t.kind IN ('first-contact', 'contact', 'crime-recorded', 'not-a-crime', 'filed',
                                               'closed')) told
                        WHERE kind <> 'first-contact' AND before IS NOT NULL""")
                .params(year).update();
    }

    /**
     * @param lastDay the year's last day (UK); its contacts arrive until the end of that day or now, whichever is first
     * @param again   add a year even though the database holds contacts already
     */
    record Order(int contacts, long seed, LocalDate lastDay, boolean again) {

        Order {
            if (contacts < 1 || contacts > MOST_CONTACTS) {
                throw new IllegalArgumentException("Between 1 and " + MOST_CONTACTS + " contacts, not " + contacts);
            }
        }
    }

    /** What was made, or why nothing was. */
    record Outcome(boolean filled, String refusal, Instant from, Instant until, Map<String, Integer> rows,
                   Map<String, Integer> contactsByChannel) {

        static Outcome refused(String why) {
            return new Outcome(false, why, null, null, Map.of(), Map.of());
        }
    }

    long contactsHeld() {
        return sql.sql("SELECT count(*) FROM contact").query(Long.class).single();
    }

    Outcome fill(Order order) {
        long held = contactsHeld();
        if (held > 0 && !order.again()) {
            return Outcome.refused("This database holds " + held + " contacts already. Demo data is for a new demo "
                    + "installation only; to add another year to it anyway, run bin/demo-data --again.");
        }
        var year = new DemoYear(settings(), order.seed(), order.lastDay(), clock.instant());
        var rows = transaction.execute(status -> year.generate(order.contacts(), made -> {
            for (var table : DemoRows.Table.values()) {
                jdbc.batchUpdate(table.sql, made.of(table), BATCH, DemoDataFiller::set);
            }
        }));
        deadlinesMet(year.from(), year.until());
        jdbc.execute("ANALYZE");
        return new Outcome(true, null, year.from(), year.until(), rows.counts(), rows.contactsByChannel());
    }

    /**
     * Binds a row's values by their Java types. A null is bound as of no type, for the server to infer: left to
     * JdbcTemplate, each null would cost a round trip to ask the server the parameter's type.
     */
    private static void set(PreparedStatement statement, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, row[i]);
            }
        }
    }

    DemoSettings settings() {
        var binder = Binder.get(environment);
        Map<String, Duration> gradings = binder.bind("bluelamp.contact.clocks.grading",
                Bindable.mapOf(String.class, Duration.class)).orElse(Map.of());
        return new DemoSettings(DemoServices.read(), force.referencePrefix(), force.name(), choices,
                duration(binder, "bluelamp.contact.clocks.first-contact", Duration.ofHours(24)),
                duration(binder, "bluelamp.contact.clocks.crime-decision", Duration.ofHours(24)), gradings,
                duration(binder, "bluelamp.contact.clocks.victim-update-every", Duration.ofDays(28)),
                hours("bluelamp.relay.hours", "08:00", "00:00"), hours("bluelamp.chat.hours", "00:00", "00:00"));
    }

    private static Duration duration(Binder binder, String name, Duration otherwise) {
        return binder.bind(name, Duration.class).orElse(otherwise);
    }

    private DemoSettings.Hours hours(String prefix, String opens, String closes) {
        return new DemoSettings.Hours(LocalTime.parse(environment.getProperty(prefix + ".opens", opens)),
                LocalTime.parse(environment.getProperty(prefix + ".closes", closes)));
    }
}
