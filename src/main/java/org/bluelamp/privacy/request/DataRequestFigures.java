package org.bluelamp.privacy.request;

import io.micrometer.core.instrument.MeterRegistry;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.monitoring.FigureGauge;
import org.bluelamp.platform.monitoring.RefreshedFigures;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Subject access requests still to answer whose statutory deadline is within a week (UK days), or already past. Read
 * from the open requests' index (V38), not the years of answered ones.
 */
@Component
class DataRequestFigures implements RefreshedFigures {

    static final int SOON_DAYS = 7;

    private final JdbcClient jdbc;
    private final FigureGauge dueSoon;
    private final FigureGauge overdue;

    DataRequestFigures(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.dueSoon = FigureGauge.of(registry, "bluelamp.subject.access.requests.due.soon",
                "Subject access requests still to answer, due within 7 days or already overdue");
        this.overdue = FigureGauge.of(registry, "bluelamp.subject.access.requests.overdue",
                "Subject access requests still to answer after their due date");
    }

    @Override
    public void refresh(Instant now) {
        LocalDate today = now.atZone(LondonTime.ZONE).toLocalDate();
        jdbc.sql("""
                        SELECT count(*) FILTER (WHERE due_on <= :soon) AS due_soon,
                               count(*) FILTER (WHERE due_on < :today) AS overdue
                        FROM subject_access_request
                        WHERE status IN ('received', 'checked') AND due_on IS NOT NULL AND due_on <= :soon""")
                .param("soon", today.plusDays(SOON_DAYS)).param("today", today)
                .query((RowCallbackHandler) rs -> {
                    dueSoon.set(rs.getLong("due_soon"));
                    overdue.set(rs.getLong("overdue"));
                });
    }
}
