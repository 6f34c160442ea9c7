package org.bluelamp.reporting.definition;

/**
 * Where a report goes in the back office.
 *
 * @param queue         the team's queue, e.g. "crime-bureau"
 * @param priority      the starting priority, e.g. "standard" or "high"
 * @param crimeDecision whether a crime-recording decision is due within 24 hours
 */
public record Routing(String queue, String priority, boolean crimeDecision) {
}
