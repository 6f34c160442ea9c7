package org.bluelamp.contact.emergency;

/** A piece of a text, in order; highlighted pieces are the words that matched, for a template to wrap in mark. */
public record Segment(String text, boolean highlighted) {
}
