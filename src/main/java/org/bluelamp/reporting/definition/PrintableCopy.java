package org.bluelamp.reporting.definition;

/**
 * A clean copy of a sent report that the reporter can print or save, for someone else who needs it, such as an
 * insurer after a collision. Offered from the confirmation page.
 *
 * @param link    the confirmation page's link to it, e.g. "Print a copy of your report for your insurer"
 * @param heading the copy's heading
 * @param intro   who the copy is for and what it shows
 */
public record PrintableCopy(String link, String heading, String intro) {
}
