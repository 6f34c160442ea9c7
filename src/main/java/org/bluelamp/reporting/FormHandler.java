package org.bluelamp.reporting;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.SummaryRow;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.limits.Client;

import java.util.List;
import java.util.Set;

/**
 * The module that owns a public form that is not a report (definition {@code forms/<formId>.yaml}): it knows the rules
 * across each step's fields, lists the answers for "check your answers" and stores what is sent. The form engine
 * ({@code journey.FormEngine}) asks it, so the form is asked, read, kept across pages and checked the way every public
 * form is, without becoming a report. Start-up fails unless every form has exactly one
 * handler whose steps are the definition's.
 */
public interface FormHandler {

    /** The form this handles: its definition is {@code forms/<formId>.yaml}. */
    String formId();

    /** The ids of the steps whose rules this handler knows; start-up checks they are the definition's. */
    Set<String> steps();

    /**
     * What else is wrong with one step's answers, beyond the checks its definition states (which the engine applies):
     * the rules across fields. In the order of its fields, each tied to the field the error summary links to; empty
     * when the step is complete.
     *
     * @param draft every answer so far with this step's in them (a later step may need an earlier one)
     */
    List<ErrorMessage> check(String step, FormDraft draft, Texts texts);

    /** A finished form's answers as its "check your answers" page lists them, each with its change link. */
    List<SummaryRow> summary(FormDraft draft, Texts texts);

    /**
     * Stores the finished form kept by {@code draftKey}; sending it again stores nothing more.
     *
     * @param draftKey the hash of the browser's draft token, which the owning module keeps the draft by
     * @param language the language of the page it was sent from, which what is sent back is written in
     * @throws org.bluelamp.platform.limits.LimitReached if too many have been sent: nothing is stored
     */
    void submit(String draftKey, Client client, org.bluelamp.platform.language.Language language);
}
