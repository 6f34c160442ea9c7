package org.bluelamp.contact;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of the investigation, from the records system: its outcome from a fixed list, and words for the reporter
 * that say what it means for them.
 *
 * @param description for the reporter, at most 1000 characters; null when the system sent none
 */
public record InvestigationResult(ResultOutcome outcome, String description) {

    public static final int LONGEST_DESCRIPTION = 1000;

    public InvestigationResult {
        if (outcome == null) {
            throw new IllegalArgumentException("A result needs its outcome");
        }
        if (description != null) {
            RecordsSystemText.problem(description, LONGEST_DESCRIPTION, true).ifPresent(problem -> {
                throw new IllegalArgumentException("Not a result's description: " + problem);
            });
        }
    }

    /** What is wrong with each field as sent (normalised first), by the record's component name; empty if nothing. */
    public static Map<String, String> problems(String outcome, String description) {
        var problems = new LinkedHashMap<String, String>();
        if (outcome == null || outcome.isBlank()) {
            problems.put("outcome", "must not be empty");
        } else if (ResultOutcome.fromCode(outcome).isEmpty()) {
            problems.put("outcome", "must be one of " + String.join(", ", ResultOutcome.codes()));
        }
        String cleaned = RecordsSystemText.clean(description);
        if (cleaned != null && !cleaned.isEmpty()) {
            RecordsSystemText.problem(cleaned, LONGEST_DESCRIPTION, true)
                    .ifPresent(problem -> problems.put("description", problem));
        }
        return problems;
    }

    /** The result as sent, normalised; an empty description is none. Check it with {@link #problems} first. */
    public static InvestigationResult of(String outcome, String description) {
        String cleaned = RecordsSystemText.clean(description);
        return new InvestigationResult(ResultOutcome.stored(outcome), cleaned == null || cleaned.isEmpty() ? null
                : cleaned);
    }
}
