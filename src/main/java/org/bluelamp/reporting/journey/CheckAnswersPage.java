package org.bluelamp.reporting.journey;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.reporting.definition.ServiceDefinition;

import java.util.List;

/** "Check your answers" with the declaration to accept before sending. */
public record CheckAnswersPage(ServiceDefinition service, List<Row> rows, FormErrors errors, String backUrl) {

    /** One answer, with the link that changes it and comes back here. */
    public record Row(String questionId, String question, List<String> answer, String changeUrl) {
    }
}
