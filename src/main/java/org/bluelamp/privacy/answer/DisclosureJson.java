package org.bluelamp.privacy.answer;

import org.springframework.stereotype.Component;

/** Writes a disclosure as machine-readable JSON, redacted exactly as the PDF is. */
@Component
public class DisclosureJson {

    public byte[] write(Disclosure disclosure) {
        throw new UnsupportedOperationException("Not built yet");
    }
}
