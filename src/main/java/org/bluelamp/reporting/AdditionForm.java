package org.bluelamp.reporting;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.reporting.journey.QuestionPage;

/**
 * The "add information" form as its template shows it: the words and the files, each a question of the
 * definition {@code additions/add-information.yaml}. Other modules pass it to the template as it is.
 *
 * @param filesHint which files may be sent and how large each kind may be, in the page's language
 */
public record AdditionForm(String title, QuestionPage information, QuestionPage evidence, FormErrors errors,
                           String filesHint) {
}
