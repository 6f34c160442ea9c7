package org.bluelamp.appointments;

import org.bluelamp.platform.form.FormInput;

import java.util.List;

/** How a visit went, as its officer recorded it: one of the outcomes, and a note if they wrote one (else null). */
record OutcomeForm(String outcome, String note) {

    static final List<String> OUTCOMES = List.of("visited", "no-answer", "not-needed");
    static final int NOTE_LENGTH = 2000;

    static OutcomeForm read(FormInput form) {
        return new OutcomeForm(form.choice("outcome", OUTCOMES, "visits.outcome.required"),
                form.optionalText("note", NOTE_LENGTH));
    }
}
