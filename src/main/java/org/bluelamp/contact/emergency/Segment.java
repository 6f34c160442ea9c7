package org.bluelamp.contact.emergency;

public record Segment(String text, boolean highlighted) {
}
