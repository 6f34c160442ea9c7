package org.bluelamp.platform;

/** One option of a radio group, checkbox group or select, as the components show it. */
public record Choice(String value, String label, String hint) {

    public static Choice of(String value, String label) {
        return new Choice(value, label, null);
    }
}
