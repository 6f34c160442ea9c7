package org.bluelamp.insight;

import org.bluelamp.platform.language.Language;
import org.bluelamp.reporting.ServiceTitles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How many contacts came, how, about what and when: each figure one aggregate over the roll-up tables (V50), read by
 * day (their keys) or by team and day (V51), so a page costs the same however many contacts there are.
 */
@Component
public class DemandFigures {

    /** The channels the public use without speaking to anyone at the time (reporting.Channel codes). */
    public static final Set<String> DIGITAL_CHANNELS = Set.of("online", "email", "bsl-video-message", "webchat",
            "open311");

    private final JdbcClient jdbc;
    private final ServiceTitles titles;

    DemandFigures(JdbcClient jdbc, ServiceTitles titles) {
        this.jdbc = jdbc;
        this.titles = titles;
    }

    public record ChannelCount(String channel, long contacts) {
    }

    /** @param title the report type's English title; its id when the force no longer offers it */
    public record ServiceCount(String serviceId, String title, long contacts) {
    }

    /**
     * Contacts a period by channel.
     *
     * @param channels the channels with any contacts in the range (or the filter's one), in code order
     * @param periods  every period of the range in order, each with one count per channel (zero where none came)
     */
    public record OverTime(List<String> channels, List<Period> periods) {
    }

    /** @param start the period's first day (a Monday for weeks, the 1st for months) */
    public record Period(LocalDate start, List<Long> contacts) {
    }

    /** @param dayOfWeek ISO: 1 Monday to 7 Sunday; hour 0 to 23, UK time */
    public record HourCount(int dayOfWeek, int hour, long contacts) {
    }

    /** The digital channels' contacts in a period, of all its contacts. */
    public record DigitalShare(LocalDate start, long digital, long all) {

        /** From 0 to 100; null when nothing came. */
        public Double percent() {
            return all == 0 ? null : 100.0 * digital / all;
        }
    }

    /** Most first. */
    public List<ChannelCount> byChannel(InsightFilter filter) {
        return filter.bind(jdbc.sql("""
                        SELECT channel, sum(received) AS contacts FROM insight_contact_day WHERE %s
                        GROUP BY channel ORDER BY contacts DESC, channel""".formatted(filter.condition())))
                .query((rs, row) -> new ChannelCount(rs.getString(1), rs.getLong(2))).list();
    }

    /** Most first. */
    public List<ServiceCount> byService(InsightFilter filter) {
        return filter.bind(jdbc.sql("""
                        SELECT service_id, sum(received) AS contacts FROM insight_contact_day WHERE %s
                        GROUP BY service_id ORDER BY contacts DESC, service_id""".formatted(filter.condition())))
                .query((rs, row) -> new ServiceCount(rs.getString(1),
                        titles.title(rs.getString(1), Language.ENGLISH).orElse(rs.getString(1)), rs.getLong(2)))
                .list();
    }

    public OverTime overTime(InsightFilter filter, Grouping grouping) {
        var rows = filter.bind(jdbc.sql("""
                        SELECT %s AS period, channel, sum(received) AS contacts FROM insight_contact_day WHERE %s
                        GROUP BY 1, 2""".formatted(grouping.periodOfDay(), filter.condition())))
                .query((rs, row) -> new Object[]{rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3)})
                .list();
        var channels = new TreeSet<String>();
        var counts = new LinkedHashMap<String, Long>();
        for (Object[] row : rows) {
            channels.add((String) row[1]);
            counts.put(row[0] + " " + row[1], (Long) row[2]);
        }
        if (filter.channel() != null) {
            channels.add(filter.channel());
        }
        var periods = new ArrayList<Period>();
        for (LocalDate start : periods(filter, grouping)) {
            periods.add(new Period(start,
                    channels.stream().map(c -> counts.getOrDefault(start + " " + c, 0L)).toList()));
        }
        return new OverTime(List.copyOf(channels), periods);
    }

    /** All 168 hours of the week, none left out. */
    public List<HourCount> byHourOfWeek(InsightFilter filter) {
        return filter.bind(jdbc.sql("""
                        WITH counted AS (SELECT CAST(extract(ISODOW FROM day) AS int) AS weekday, hour,
                                                sum(received) AS contacts
                                         FROM insight_contact_hour WHERE %s GROUP BY 1, 2)
                        SELECT w.weekday, h.hour, COALESCE(c.contacts, 0)
                        FROM generate_series(1, 7) AS w (weekday)
                                 CROSS JOIN generate_series(0, 23) AS h (hour)
                                 LEFT JOIN counted c ON c.weekday = w.weekday AND c.hour = h.hour
                        ORDER BY 1, 2""".formatted(filter.condition())))
                .query((rs, row) -> new HourCount(rs.getInt(1), rs.getInt(2), rs.getLong(3))).list();
    }

    /** Every period of the range, none left out. */
    public List<DigitalShare> digitalShare(InsightFilter filter, Grouping grouping) {
        Map<LocalDate, long[]> counted = new LinkedHashMap<>();
        filter.bind(jdbc.sql("""
                        SELECT %s AS period, sum(received) FILTER (WHERE channel = ANY (:digital)), sum(received)
                        FROM insight_contact_day WHERE %s GROUP BY 1""".formatted(grouping.periodOfDay(),
                        filter.condition())))
                .param("digital", DIGITAL_CHANNELS.toArray(String[]::new))
                .query((rs, row) -> counted.put(rs.getObject(1, LocalDate.class),
                        new long[]{rs.getLong(2), rs.getLong(3)}))
                .list();
        return periods(filter, grouping).stream().map(start -> {
            long[] c = counted.getOrDefault(start, new long[2]);
            return new DigitalShare(start, c[0], c[1]);
        }).toList();
    }

    private static List<LocalDate> periods(InsightFilter filter, Grouping grouping) {
        var periods = new ArrayList<LocalDate>();
        LocalDate start = grouping.start(filter.from());
        while (!start.isAfter(filter.to())) {
            periods.add(start);
            start = grouping.next(start);
        }
        return periods;
    }
}
