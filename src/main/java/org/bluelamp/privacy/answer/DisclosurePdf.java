package org.bluelamp.privacy.answer;

import org.springframework.stereotype.Component;

/** Writes a disclosure as a PDF with every redaction burned in: the removed text is not in the file at all. */
@Component
public class DisclosurePdf {

    public byte[] write(Disclosure disclosure) {
        throw new UnsupportedOperationException("Not built yet");
    }
}
