package org.bluelamp.reporting;

import java.util.List;

/**
 * A report from a system that the definition's checks refused: nothing was stored. Each problem names what the
 * system sent (a question's code or a standard part's name from {@link SystemReport}).
 */
public class SystemReportRefused extends RuntimeException {

    private final transient List<Problem> problems;

    public SystemReportRefused(List<Problem> problems) {
        super("Report refused: " + problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem.
     *
     * @param words for {@link Reason#ANSWER}, the definition's own message (English); for {@link Reason#ENDS_JOURNEY},
     *              the title of the page the public would have been sent to instead ("Call 999 now"); otherwise null
     */
    public record Problem(String code, Reason reason, String words) {
    }

    public enum Reason {
        /** The answer failed the question's checks. */
        ANSWER,
        /** The value is not an ISO 8601 date. */
        NOT_A_DATE,
        /** The value is not an ISO 8601 date and time with its offset. */
        NOT_A_DATE_TIME,
        /** The answer leads to advice that ends the journey: the public could not send this report either. */
        ENDS_JOURNEY,
        /** The question takes files, which cannot be sent this way, and cannot be left out. */
        CANNOT_BE_SENT
    }
}
