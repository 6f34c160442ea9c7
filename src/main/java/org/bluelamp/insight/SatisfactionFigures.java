package org.bluelamp.insight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What reporters answered to "How did we do?" after their report was closed ({@code satisfaction_answer}, kept by
 * tracking for {@code bluelamp.tracking.satisfaction.keep-answers}): how many gave each answer to each question, and
 * the share satisfied, over the range and month by month. An answer row holds a kind of report, a channel and a month,
 * never a person; the free text ("what could we do better") is never read here, as a person may have named themselves.
 */
@Component
public class SatisfactionFigures {

    private final JdbcClient jdbc;

    SatisfactionFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The answers given in the months that overlap {@code from} to {@code to} (UK days, both included): answers are
     * kept by month only.
     *
     * @param channel a channel code (reporting's {@code Channel}) to count only reports that came that way, or null
     *                for all
     */
    @Transactional(readOnly = true)
    public Satisfaction between(LocalDate from, LocalDate to, String channel) {
        JourneyFigures.checkRange(from, to);
        LocalDate firstMonth = from.withDayOfMonth(1);
        LocalDate lastMonth = to.withDayOfMonth(1);
        // One pass over the range's rows, counted three ways: each question's answers per month.
        var rows = jdbc.sql("""
                        SELECT month, overall, easy, kept_informed, count(*) AS people FROM satisfaction_answer
                        WHERE month BETWEEN :first AND :last AND (CAST(:channel AS TEXT) IS NULL OR channel = :channel)
                        GROUP BY GROUPING SETS ((month, overall), (month, easy), (month, kept_informed))""")
                .param("first", firstMonth).param("last", lastMonth).param("channel", channel)
                .query((rs, row) -> {
                    LocalDate month = rs.getObject("month", LocalDate.class);
                    int people = rs.getInt("people");
                    for (Question question : Question.values()) {
                        String answer = rs.getString(question.column);
                        if (answer != null) {
                            return new Counted(month, question, answer, people);
                        }
                    }
                    return null;
                })
                .list();
        Map<Question, Map<String, Integer>> totals = new EnumMap<>(Question.class);
        Map<LocalDate, int[]> overallByMonth = new HashMap<>();
        for (Counted counted : rows) {
            if (counted == null) {
                continue; // the group of those who skipped a question
            }
            totals.computeIfAbsent(counted.question, q -> new HashMap<>()).merge(counted.answer, counted.people,
                    Integer::sum);
            if (counted.question == Question.OVERALL) {
                int[] month = overallByMonth.computeIfAbsent(counted.month, m -> new int[2]);
                month[0] += counted.people;
                if (Question.OVERALL.satisfied.contains(counted.answer)) {
                    month[1] += counted.people;
                }
            }
        }
        var questions = new ArrayList<Answers>();
        for (Question question : Question.values()) {
            var counts = totals.getOrDefault(question, Map.of());
            questions.add(new Answers(question, question.answers.stream()
                    .map(answer -> new AnswerCount(answer, question.messageKey + "." + answer,
                            counts.getOrDefault(answer, 0)))
                    .toList()));
        }
        var months = new ArrayList<Month>();
        for (LocalDate month = firstMonth; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            int[] counted = overallByMonth.getOrDefault(month, new int[2]);
            months.add(new Month(month, counted[0], counted[1]));
        }
        return new Satisfaction(firstMonth, lastMonth, channel, questions, months);
    }

    /**
     * The three questions, their answers in the order the page gives them (tracking's {@code SatisfactionAnswers}),
     * and which of those count as satisfied.
     *
     * @param messageKey the question's words in messages.properties; each answer's words are under
     *                   {@code messageKey + "." + answer}
     */
    public enum Question {
        OVERALL("overall", "feedback.overall",
                List.of("very-satisfied", "satisfied", "neither", "dissatisfied", "very-dissatisfied"),
                Set.of("very-satisfied", "satisfied")),
        EASY("easy", "feedback.easy", List.of("very-easy", "easy", "neither", "difficult", "very-difficult"),
                Set.of("very-easy", "easy")),
        KEPT_INFORMED("kept_informed", "feedback.informed", List.of("yes", "partly", "no"), Set.of("yes"));

        private final String column;
        private final String messageKey;
        private final List<String> answers;
        private final Set<String> satisfied;

        Question(String column, String messageKey, List<String> answers, Set<String> satisfied) {
            this.column = column;
            this.messageKey = messageKey;
            this.answers = answers;
            this.satisfied = satisfied;
        }

        public String messageKey() {
            return messageKey;
        }

        /** The answer codes as stored, best first. */
        public List<String> answers() {
            return answers;
        }

        /** The answers counted as satisfied: the best two of five, or "yes" of yes, partly and no. */
        public Set<String> satisfied() {
            return satisfied;
        }
    }

    /**
     * @param firstMonth the first day of the first month counted
     * @param lastMonth  the first day of the last month counted
     * @param channel    the channel counted, or null for all
     * @param questions  the three questions in order
     * @param months     every month from the first to the last, with none where nobody answered
     */
    public record Satisfaction(LocalDate firstMonth, LocalDate lastMonth, String channel, List<Answers> questions,
                               List<Month> months) {

        public Satisfaction {
            questions = List.copyOf(questions);
            months = List.copyOf(months);
        }

        public Answers of(Question question) {
            return questions.get(question.ordinal());
        }
    }

    /** One question's answers, each in the question's order, with none where nobody chose it. */
    public record Answers(Question question, List<AnswerCount> counts) {

        public Answers {
            counts = List.copyOf(counts);
        }

        /** Everyone who answered this question (each question may be skipped). */
        public int answered() {
            return counts.stream().mapToInt(AnswerCount::people).sum();
        }

        public int satisfied() {
            return counts.stream().filter(c -> question.satisfied.contains(c.answer())).mapToInt(AnswerCount::people)
                    .sum();
        }

        /** The share of those who answered who were satisfied (0 to 100); null when nobody answered. */
        public Double percentSatisfied() {
            return answered() == 0 ? null : 100.0 * satisfied() / answered();
        }
    }

    /**
     * @param answer     the code as stored ("very-satisfied")
     * @param messageKey its words ("feedback.overall.very-satisfied")
     */
    public record AnswerCount(String answer, String messageKey, int people) {
    }

    /**
     * One month's answers to the overall question, for the public page.
     *
     * @param month     its first day
     * @param answered  how many answered the overall question
     * @param satisfied how many of them were very satisfied or satisfied
     */
    public record Month(LocalDate month, int answered, int satisfied) {

        /** Null when nobody answered that month. */
        public Double percentSatisfied() {
            return answered == 0 ? null : 100.0 * satisfied / answered;
        }
    }

    private record Counted(LocalDate month, Question question, String answer, int people) {
    }
}
