package org.bluelamp.contact.emergency;

public record Match(String category, String term, int start, int end) {
}
