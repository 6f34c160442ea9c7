package org.bluelamp.platform;

/** One thing a person must fix, tied to the id of the field the error summary links to. */
public record ErrorMessage(String fieldId, String text) {
}
