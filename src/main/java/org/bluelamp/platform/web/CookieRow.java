package org.bluelamp.platform.web;

/**
 * A cookie Bluelamp sets, as the cookies page lists it.
 *
 * @param name    its name
 * @param purpose what it is for
 * @param expires when it goes
 */
public record CookieRow(String name, String purpose, String expires) {
}
