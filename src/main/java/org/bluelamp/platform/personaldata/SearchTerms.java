package org.bluelamp.platform.personaldata;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a member of staff searched by, kind by kind. Only {@link AccessLog} sees the values, to hash them: there is no
 * way to put a search's words in the log as typed.
 */
public final class SearchTerms {

    private final EnumMap<SearchTerm, String> given = new EnumMap<>(SearchTerm.class);

    private SearchTerms() {
    }

    public static SearchTerms none() {
        return new SearchTerms();
    }

    /** Adds the detail of this kind; a blank or missing one is not part of the search. */
    public SearchTerms with(SearchTerm kind, String value) {
        if (value != null && !value.isBlank()) {
            given.put(kind, value);
        }
        return this;
    }

    public boolean isEmpty() {
        return given.isEmpty();
    }

    Map<SearchTerm, String> given() {
        return Collections.unmodifiableMap(given);
    }
}
