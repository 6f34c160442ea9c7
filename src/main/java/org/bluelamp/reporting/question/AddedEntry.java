package org.bluelamp.reporting.question;

/**
 * One entry a person has added on a page that builds a list (items, uploaded files).
 *
 * @param line what it reads as
 * @param key  what its Remove button posts after {@code remove-}: an index or a file id
 */
public record AddedEntry(String line, String key) {
}
