package org.bluelamp.reporting.journey;

import java.util.Map;
import java.util.UUID;

/**
 * A report in progress: the answers so far, the page the person was on, and once sent, the report it became.
 */
record Draft(UUID id, String serviceId, int definitionVersion, Map<String, Map<String, Object>> answers,
             String position, UUID reportId) {

    Draft {
        answers = Map.copyOf(answers);
    }

    boolean submitted() {
        return reportId != null;
    }
}
