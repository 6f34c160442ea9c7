package org.bluelamp.platform.personaldata;

import java.time.LocalDate;
import java.time.Period;

/**
 * A retention rule: how long a record under it is kept after its last activity before it is reviewed. The module
 * owning the records names its rules and sets their periods from bluelamp.privacy.retention (docs/retention.md).
 *
 * @param name   as stored on a review and in the words "retention.rule.{name}" and "privacy-notice.kept.{name}"
 * @param period at least a day
 */
public record RetentionRule(String name, Period period) {

    private static final LocalDate SOME_DAY = LocalDate.of(2000, 1, 1);

    /** The latest day of last activity for which a record under the rule is due for review on {@code today}. */
    public LocalDate lastActiveOnOrBefore(LocalDate today) {
        return today.minus(period);
    }

    /**
     * The period set as bluelamp.privacy.retention.{name}, or {@code otherwise} if none is; refused at start, in a
     * sentence, when shorter than {@code least}.
     */
    public static Period configured(String name, Period given, Period otherwise, Period least) {
        Period period = given == null ? otherwise : given;
        if (SOME_DAY.plus(period).isBefore(SOME_DAY.plus(least))) {
            throw new IllegalArgumentException("bluelamp.privacy.retention." + name + " must be at least "
                    + (least.getYears() > 0 ? "a year" : "a day") + ", such as " + otherwise + ", not " + period + ".");
        }
        return period;
    }

    /** The rule named {@code name}, its period as set, at least a day. */
    public static RetentionRule configured(String name, Period given, Period otherwise) {
        return new RetentionRule(name, configured(name, given, otherwise, Period.ofDays(1)));
    }
}
