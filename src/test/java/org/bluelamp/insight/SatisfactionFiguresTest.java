package org.bluelamp.insight;

import org.bluelamp.insight.SatisfactionFigures.AnswerCount;
import org.bluelamp.insight.SatisfactionFigures.Question;
import org.bluelamp.platform.LondonTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** "How did we do?" answers counted per question in the question's order, and the share satisfied by month. */
@InsightTest
class SatisfactionFiguresTest {

    @Autowired
    SatisfactionFigures satisfaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private final List<UUID> rows = new ArrayList<>();
    private LocalDate first;

    /** Months well over a year ago (no other test answers then) and well within the two years answers are kept. */
    @BeforeEach
    void answers() {
        first = LocalDate.ofInstant(clock.instant(), LondonTime.ZONE).withDayOfMonth(1).minusMonths(17);
        answer(first, "online", "very-satisfied", "very-easy", "yes");
        answer(first, "online", "satisfied", "easy", "partly");
        answer(first, "online", "dissatisfied", "difficult", "no");
        answer(first, "phone", "very-dissatisfied", null, null);
        // nothing the second month
        answer(first.plusMonths(2), "online", "neither", "neither", "yes");
        answer(first.plusMonths(2), "online", "satisfied", null, "yes");
        answer(first.plusMonths(2), "online", null, "very-difficult", null);
        // either side of the range
        answer(first.minusMonths(1), "online", "very-satisfied", "very-easy", "yes");
        answer(first.plusMonths(3), "online", "very-dissatisfied", "very-difficult", "no");
    }

    @AfterEach
    void forget() {
        jdbc.sql("DELETE FROM satisfaction_answer WHERE id IN (:ids)").param("ids", rows).update();
    }

    @Test
    void everyAnswerIsCountedInItsQuestionsOrderOverTheMonthsTheRangeTouches() {
        var figures = satisfaction.between(first.plusDays(14), first.plusMonths(2).plusDays(9), null);

        assertThat(figures.of(Question.OVERALL).counts()).containsExactly(
                new AnswerCount("very-satisfied", "feedback.overall.very-satisfied", 1),
                new AnswerCount("satisfied", "feedback.overall.satisfied", 2),
                new AnswerCount("neither", "feedback.overall.neither", 1),
                new AnswerCount("dissatisfied", "feedback.overall.dissatisfied", 1),
                new AnswerCount("very-dissatisfied", "feedback.overall.very-dissatisfied", 1));
        assertThat(figures.of(Question.OVERALL).answered()).isEqualTo(6);
        assertThat(figures.of(Question.OVERALL).percentSatisfied()).isEqualTo(50.0);
        assertThat(people(figures.of(Question.EASY))).containsExactly(1, 1, 1, 1, 1);
        assertThat(figures.of(Question.EASY).percentSatisfied()).isEqualTo(40.0);
        assertThat(figures.of(Question.KEPT_INFORMED).counts()).extracting(AnswerCount::messageKey)
                .containsExactly("feedback.informed.yes", "feedback.informed.partly", "feedback.informed.no");
        assertThat(people(figures.of(Question.KEPT_INFORMED))).containsExactly(3, 1, 1);
        assertThat(figures.of(Question.KEPT_INFORMED).percentSatisfied()).isEqualTo(60.0);

        assertThat(figures.months()).containsExactly(new SatisfactionFigures.Month(first, 4, 2),
                new SatisfactionFigures.Month(first.plusMonths(1), 0, 0),
                new SatisfactionFigures.Month(first.plusMonths(2), 2, 1));
        assertThat(figures.months()).extracting(SatisfactionFigures.Month::percentSatisfied)
                .containsExactly(50.0, null, 50.0);
    }

    @Test
    void oneChannelIsCountedAlone() {
        var online = satisfaction.between(first, first.plusMonths(2), "online");

        assertThat(people(online.of(Question.OVERALL))).containsExactly(1, 2, 1, 1, 0);
        assertThat(online.of(Question.OVERALL).percentSatisfied()).isEqualTo(60.0);
        assertThat(online.months()).extracting(SatisfactionFigures.Month::answered).containsExactly(3, 0, 2);
        assertThat(people(satisfaction.between(first, first, "video-relay").of(Question.OVERALL)))
                .containsExactly(0, 0, 0, 0, 0);
        assertThat(satisfaction.between(first, first, "video-relay").of(Question.OVERALL).percentSatisfied())
                .isNull();
    }

    private static List<Integer> people(SatisfactionFigures.Answers answers) {
        return answers.counts().stream().map(AnswerCount::people).toList();
    }

    private void answer(LocalDate month, String channel, String... overallEasyInformed) {
        var id = UUID.randomUUID();
        var answers = Arrays.asList(overallEasyInformed);
        jdbc.sql("""
                        INSERT INTO satisfaction_answer (id, service_id, channel, month, overall, easy, kept_informed,
                                                         better)
                        VALUES (:id, 'crime', :channel, :month, :overall, :easy, :informed, 'kept out of the figures')""")
                .param("id", id).param("channel", channel).param("month", month).param("overall", answers.get(0))
                .param("easy", answers.get(1)).param("informed", answers.get(2)).update();
        rows.add(id);
    }
}
