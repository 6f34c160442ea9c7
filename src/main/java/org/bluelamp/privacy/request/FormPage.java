package org.bluelamp.privacy.request;

import org.bluelamp.platform.FormErrors;

import java.util.Map;

/**
 * One page of the public form with what the person has typed (kept as typed when there are errors).
 *
 * @param change   whether they came from "check your answers", which they go back to
 * @param fileName the proof of identity already uploaded, if any
 */
public record FormPage(String step, Map<String, String> values, FormErrors errors, boolean change, String fileName,
                       String backUrl) {

    public String v(String key) {
        String value = values.get(key);
        return value == null ? "" : value;
    }

    public String action() {
        return "/your-data/" + step;
    }
}
