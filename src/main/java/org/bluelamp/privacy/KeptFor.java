package org.bluelamp.privacy;

/**
 * A row of the privacy notice's "how long we keep it" table.
 *
 * @param what    the kind of record, in words
 * @param howLong its retention period, in words ("6 years")
 */
public record KeptFor(String what, String howLong) {
}
