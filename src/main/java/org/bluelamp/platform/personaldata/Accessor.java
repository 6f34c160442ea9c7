package org.bluelamp.platform.personaldata;

/**
 * Who looked: a member of staff's username and roles at the time, as the access log keeps them.
 *
 * @param roles the roles' names, comma-separated
 */
public record Accessor(String username, String roles) {
}
