package org.bluelamp.privacy.request;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.form.Entered;

import java.util.List;
import java.util.Map;

/** The search form (filled in from the request) and what the last search found, grouped by kind. */
public record SearchPage(DataRequest request, Entered terms, FormErrors errors,
                         Map<String, List<FoundRecord>> found, boolean searched) {

    public String v(String key) {
        return terms.get(key);
    }
}
