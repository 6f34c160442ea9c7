-- Outcomes by calendar month (docs/insight.md): the days' rows added up, kept with them by insight.DayCount in the
-- same transaction. A year of insight_outcome_day is half a million rows at 5 million contacts (a day holds every
-- channel, team and closing category), some 200-450 ms to add up for each page; a page over months reads the whole
-- months from here (a few thousand rows) and only the days at either end from insight_outcome_day.
CREATE TABLE insight_outcome_month
(
    month    DATE   NOT NULL CHECK (extract(DAY FROM month) = 1),
    channel  TEXT   NOT NULL,
    team     TEXT   NOT NULL,
    kind     TEXT   NOT NULL CHECK (kind IN ('closed', 'filed', 'referred')),
    label    TEXT   NOT NULL,
    contacts BIGINT NOT NULL,
    PRIMARY KEY (month, channel, team, kind, label)
);
CREATE INDEX insight_outcome_month_by_team ON insight_outcome_month (team, month);

INSERT INTO insight_outcome_month (month, channel, team, kind, label, contacts)
SELECT date_trunc('month', day)::date, channel, team, kind, label, sum(contacts)
FROM insight_outcome_day
GROUP BY 1, 2, 3, 4, 5;
