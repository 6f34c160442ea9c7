package org.bluelamp.privacy.request;

import org.bluelamp.platform.form.FormInput;

import java.util.List;

/**
 * A refusal of the whole request or of part of it (which part must then be said), its legal reason and a note.
 *
 * @param what the part refused; "" when the whole is refused and nothing more was said
 * @param note null when none was written
 */
record RefusalForm(boolean whole, String what, LegalReason reason, String note) {

    static final int WHAT_LENGTH = 500;
    static final int NOTE_LENGTH = 2000;

    static RefusalForm read(FormInput form) {
        String extent = form.choice("extent", List.of("whole", "part"), "data-request.error.extent");
        String what = "part".equals(extent) ? form.line("what", WHAT_LENGTH, "data-request.error.what")
                : form.optionalLine("what", WHAT_LENGTH, "your-data.error.too-long");
        return new RefusalForm("whole".equals(extent), what,
                form.value("refusalReason", LegalReason::fromCode, "data-request.error.reason"),
                form.optionalText("refusalNote", NOTE_LENGTH));
    }
}
