package org.bluelamp.reporting;

import java.util.List;

/**
 * A service as a system that sends whole reports (Open311) sees it, generated from its definition, in English.
 *
 * @param takesLocation whether the service asks where it happened, so a report must say where
 * @param questions     what may be answered besides the standard parts, in the order the public is asked
 */
public record SystemService(String id, String title, String summary, String group, boolean takesLocation,
                            List<SystemQuestion> questions) {

    public SystemService {
        questions = List.copyOf(questions);
    }
}
