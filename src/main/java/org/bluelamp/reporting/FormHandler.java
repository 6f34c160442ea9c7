package org.bluelamp.reporting;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;

import java.util.List;
import java.util.Set;

/**
 * The module that owns a public form that is not a report (definition {@code forms/<formId>.yaml}): it knows the rules
 * of each step and stores what is sent. The question engine asks it, so the form is asked, read, kept across pages and
 * checked the way every public form is, without becoming a report. Start-up fails unless every form has exactly one
 * handler whose steps are the definition's.
 */
public interface FormHandler {

    /** The form this handles: its definition is {@code forms/<formId>.yaml}. */
    String formId();

    /** The ids of the steps whose rules this handler knows; start-up checks they are the definition's. */
    Set<String> steps();

    /**
     * What is wrong with one step's answers, in the order of its fields, each tied to the field the error summary
     * links to; empty when the step is complete.
     *
     * @param draft every answer so far with this step's in them (a later step may need an earlier one)
     */
    List<ErrorMessage> check(String step, FormDraft draft, Texts texts);
}
