package org.bluelamp.reporting.journey;

import java.util.Map;
import java.util.UUID;

/**
 * A report in progress: the answers so far, the page the person was on, and once sent, the report it became.
 * {@code call} is null for a member of the public's draft, and says how the call came in for one staff are logging.
 */
record Draft(UUID id, String serviceId, int definitionVersion, Map<String, Map<String, Object>> answers,
             String position, UUID reportId, CallDetails call) {

    Draft {
        answers = Map.copyOf(answers);
    }

    boolean submitted() {
        return reportId != null;
    }
}
