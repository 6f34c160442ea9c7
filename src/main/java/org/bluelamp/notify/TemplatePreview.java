package org.bluelamp.notify;

import java.util.List;

/**
 * A template filled in with made-up values, as staff preview it, in each language the force offers.
 *
 * @param versions its words in each language, the base (English) first
 */
public record TemplatePreview(String code, String name, String when, List<Version> versions) {

    /**
     * @param language     the language's code, for the words' {@code lang}
     * @param languageName the language as staff read it: "Welsh"
     */
    public record Version(String language, String languageName, String subject, String email, String text) {

        /** Texts over 160 characters go as several and cost more; staff should see when one does. */
        public int textLength() {
            return text.length();
        }
    }
}
