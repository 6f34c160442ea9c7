package org.bluelamp.reporting.definition;

/**
 * A service's own words for the first page of its journey, "is this an emergency?", where the general ones (a crime
 * happening now, a break-in) do not fit: a collision asks about someone hurt or danger on the road. Each part left
 * out keeps the general wording.
 *
 * @param question the question, as the page heading
 * @param hint     examples of what counts as an emergency
 * @param yes      the label of the "yes" answer
 * @param required the error when neither answer is chosen
 */
public record EmergencyQuestion(String question, String hint, String yes, String required) {
}
