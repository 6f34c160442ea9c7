package org.bluelamp.notify;

/** A template filled in with made-up values, as staff preview it. */
public record TemplatePreview(String code, String name, String when, String subject, String email, String text) {

    /** Texts over 160 characters go as several and cost more; staff should see when one does. */
    public int textLength() {
        return text.length();
    }
}
