package org.bluelamp.reporting.journey;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.question.FormValues;

import java.util.List;

/**
 * What a question page shows.
 *
 * @param form      the values to show in the inputs: the saved answer, or what was just typed
 * @param itemLines for repeating items, the ones added so far
 * @param action    where the form posts
 * @param backUrl   the page before
 */
public record QuestionPage(ServiceDefinition service, Question question, FormValues form, FormErrors errors,
                           List<String> itemLines, String action, String backUrl) {
}
