package org.bluelamp.platform.form;

import java.text.Normalizer;

/**
 * How typed text is kept, whichever form it came from: composed Unicode, one kind of line break (none in a one-line
 * field, where a pasted break or tab becomes a space), no outer spaces. Browsers send a text area's line breaks as
 * CRLF; kept as LF, a length counts them as the character count on the page does.
 */
public final class TypedText {

    private TypedText() {
    }

    /** The text as it is kept; "" for none. */
    public static String clean(String raw, boolean multiline) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        if (!multiline) {
            text = text.replace('\n', ' ').replace('\t', ' ');
        }
        return text.strip();
    }
}
