package org.bluelamp.insight;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which contacts the figures are about: those received (UK days) from {@code from} to {@code to}, both included, held
 * by one team or any, come by one channel or any.
 *
 * @param team    a team's name, "" for contacts no team holds, null for all
 * @param channel a channel's code (reporting.Channel), null for all
 */
public record InsightFilter(LocalDate from, LocalDate to, String team, String channel) {

    /** The longest range a page may ask for: a roll-up year is some 100,000 rows. */
    public static final int MOST_YEARS = 3;

    public InsightFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends before it starts: " + from + " to " + to);
        }
        if (to.isAfter(from.plusYears(MOST_YEARS))) {
            throw new IllegalArgumentException(
                    "The range is longer than " + MOST_YEARS + " years: " + from + " to " + to);
        }
        if (channel != null && channel.isBlank()) {
            channel = null;
        }
    }

    /** The condition on a roll-up table's day, team and channel; bind it with {@link #bind}. */
    String condition() {
        return "day BETWEEN :from AND :to" + teamAndChannel();
    }

    /** The condition on a roll-up table's team and channel, if either is chosen: empty, or starting " AND". */
    String teamAndChannel() {
        return (team == null ? "" : " AND team = :team") + (channel == null ? "" : " AND channel = :channel");
    }

    /** The first day of the first calendar month wholly in the range. */
    LocalDate firstWholeMonth() {
        return from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    }

    /** The first day after the last calendar month wholly in the range. */
    LocalDate afterWholeMonths() {
        return to.plusDays(1).withDayOfMonth(1);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql) {
        sql = sql.param("from", from).param("to", to);
        if (team != null) {
            sql = sql.param("team", team);
        }
        return channel == null ? sql : sql.param("channel", channel);
    }
}
