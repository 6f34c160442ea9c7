package org.bluelamp.reporting.journey;

/**
 * The confirmation that a link to a saved draft is on its way.
 *
 * @param address     the email address or mobile number it went to
 * @param keptUntil   when the draft will be deleted, in London time
 * @param continueUrl the page to carry on from now, in this browser
 */
public record LinkSentPage(String serviceTitle, String address, boolean byEmail, String keptUntil,
                           String continueUrl) {
}
