package org.bluelamp.appointments;

import org.bluelamp.platform.form.FormInput;

/** Why a visit (or a request with no suitable time) is cancelled, as the handler gave it. */
record CancelForm(String reason) {

    static final int REASON_LENGTH = 500;

    static CancelForm read(FormInput form) {
        return new CancelForm(form.text("reason", REASON_LENGTH, "visits.cancel.reason.required"));
    }
}
