package org.bluelamp.reporting.definition;

/**
 * A choice in radios or checkboxes.
 *
 * @param value     what is stored, and what conditions compare with
 * @param label     what the person reads
 * @param hint      help under the label
 * @param detail    a field revealed when this choice is picked ("Tell us more")
 * @param exclusive a checkbox that cannot be ticked with others ("None of these")
 */
public record Option(String value, String label, String hint, Field detail, boolean exclusive) {
}
