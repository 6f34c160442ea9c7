package org.bluelamp.contact;

import io.micrometer.core.instrument.MeterRegistry;
import org.bluelamp.platform.monitoring.FigureGauge;
import org.bluelamp.platform.monitoring.RefreshedFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The control room's view of the queues, per queue: contacts open, contacts waiting for someone to pick them up (new,
 * unassessed), how long the oldest of those has waited, and contacts with a service-level clock past its deadline
 * now (the Breaches view). One query over the open contacts only (V13's contact_open index), however long the
 * history grows.
 */
@Component
class ContactQueueFigures implements RefreshedFigures {

    private final JdbcClient jdbc;
    private final FigureGauge open;
    private final FigureGauge waiting;
    private final FigureGauge oldestWait;
    private final FigureGauge breached;

    ContactQueueFigures(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.open = FigureGauge.of(registry, "bluelamp.contacts.open",
                "Contacts not yet filed or closed, per queue").per("queue");
        this.waiting = FigureGauge.of(registry, "bluelamp.contacts.waiting",
                "New contacts nobody has picked up yet, per queue").per("queue");
        this.oldestWait = FigureGauge.seconds(registry, "bluelamp.contacts.oldest.wait",
                "How long the oldest new contact has waited since it was received, per queue").per("queue");
        this.breached = FigureGauge.of(registry, "bluelamp.contact.deadlines.breached",
                "Open contacts with a service-level clock past its deadline now, per queue").per("queue");
    }

    private record QueueFigures(String queue, long open, long waiting, Instant oldest, long breached) {
    }

    @Override
    public void refresh(Instant now) {
        var rows = jdbc.sql("""
                        SELECT queue, count(*) AS open,
                               count(*) FILTER (WHERE status = :new) AS waiting,
                               min(received_at) FILTER (WHERE status = :new) AS oldest,
                               count(*) FILTER (WHERE next_due < :now) AS breached
                        FROM contact WHERE %s
                        GROUP BY queue""".formatted(ContactStatus.openCondition()))
                .param("now", Timestamp.from(now)).param("new", ContactStatus.NEW.code())
                .query((rs, row) -> {
                    Timestamp oldest = rs.getTimestamp("oldest");
                    return new QueueFigures(rs.getString("queue"), rs.getLong("open"), rs.getLong("waiting"),
                            oldest == null ? null : oldest.toInstant(), rs.getLong("breached"));
                })
                .list();
        Map<String, Long> opens = new HashMap<>();
        Map<String, Long> waitings = new HashMap<>();
        Map<String, Double> waits = new HashMap<>();
        Map<String, Long> breaches = new HashMap<>();
        for (var row : rows) {
            opens.put(row.queue(), row.open());
            waitings.put(row.queue(), row.waiting());
            waits.put(row.queue(), FigureGauge.secondsSince(row.oldest(), now));
            breaches.put(row.queue(), row.breached());
        }
        open.setAll(opens);
        waiting.setAll(waitings);
        oldestWait.setAll(waits);
        breached.setAll(breaches);
    }
}
