package org.bluelamp.privacy.request;

import org.bluelamp.platform.form.FormInput;

/** Words to black out of the answer, and the legal reason for it. */
record RedactionForm(String text, LegalReason reason) {

    static final int TEXT_LENGTH = 500;

    static RedactionForm read(FormInput form) {
        return new RedactionForm(form.line("text", TEXT_LENGTH, "data-request.error.redaction"),
                form.value("reason", LegalReason::fromCode, "data-request.error.reason"));
    }
}
