package org.bluelamp.reporting.journey;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.reporting.definition.AnswerRole;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.question.AddedEntry;
import org.bluelamp.reporting.question.FormValues;
import org.bluelamp.reporting.question.QuestionTypes;

import java.util.List;

/**
 * What a question page shows.
 *
 * @param form     the values to show in the inputs: the saved answer, or what was just typed
 * @param added    for a page that builds a list (items, files), the entries added so far
 * @param entry    the key of the entry being changed, or null
 * @param action   where the form posts
 * @param backUrl  the page before
 * @param accepted for an upload page, the kinds of file it takes, e.g. "JPG or PNG"
 * @param maxSize  for an upload page, the largest file it takes, e.g. "10 MB"
 * @param heading  whether the question is the page's heading (one question a page), or one of several on a staff
 *                 screen under the section's heading
 */
public record QuestionPage(ServiceDefinition service, Question question, FormValues form, FormErrors errors,
                           List<AddedEntry> added, String entry, String action, String backUrl, String accepted,
                           String maxSize, boolean heading) {

    /** A page with one question, which is its heading. */
    public QuestionPage(ServiceDefinition service, Question question, FormValues form, FormErrors errors,
                        List<AddedEntry> added, String entry, String action, String backUrl, String accepted,
                        String maxSize) {
        this(service, question, form, errors, added, entry, action, backUrl, accepted, maxSize, true);
    }

    /**
     * What the browser may fill a date in from: the question's {@code rules: {autocomplete: ...}}, else "bday" for
     * the reporter's own date of birth. Only on the public's pages: a staff screen would offer the staff member's own.
     */
    public String dateAutocomplete() {
        if (!heading) {
            return null;
        }
        var own = question.rules().get("autocomplete");
        return own != null ? own
                : AnswerRole.REPORTER_DATE_OF_BIRTH.code().equals(question.role()) ? "bday" : null;
    }

    /** Where the link to change one entry goes. */
    public String changeUrl(String key) {
        return action + (action.contains("?") ? "&" : "?") + "entry=" + key;
    }

    /** Whether the page takes more files; false once as many are added as the question allows. */
    public boolean takesMoreFiles() {
        return added.size() < QuestionTypes.maxFiles(question);
    }
}
