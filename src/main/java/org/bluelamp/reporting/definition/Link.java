package org.bluelamp.reporting.definition;

/**
 * A link out of a journey, to a service that deals with the matter instead.
 *
 * @param url   an https address
 * @param label what the link says, naming where it goes
 */
public record Link(String url, String label) {
}
