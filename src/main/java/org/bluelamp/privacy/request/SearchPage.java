package org.bluelamp.privacy.request;

import org.bluelamp.platform.FormErrors;

import java.util.List;
import java.util.Map;

/** The search form (filled in from the request) and what the last search found, grouped by kind. */
public record SearchPage(DataRequest request, Map<String, String> terms, FormErrors errors,
                         Map<String, List<FoundRecord>> found, boolean searched) {

    public String v(String key) {
        String value = terms.get(key);
        return value == null ? "" : value;
    }
}
