package org.bluelamp.reporting.definition;

import java.util.List;

/**
 * A paragraph the confirmation page adds under "What happens next" when the sent answers say it is true: a driver
 * who had to report a collision within 24 hours is told they have.
 *
 * @param showWhen              conditions that must all hold
 * @param withinHoursOfIncident shown only if the report was sent within this many hours of the earliest time the
 *                              incident can have happened (its answer with the role {@code incident-time}); null
 *                              for no limit. A report whose time is not known does not get it.
 * @param text                  the paragraph
 */
public record ConfirmationText(List<Condition> showWhen, Integer withinHoursOfIncident, String text) {

    public ConfirmationText {
        showWhen = showWhen == null ? List.of() : List.copyOf(showWhen);
    }
}
