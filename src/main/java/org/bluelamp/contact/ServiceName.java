package org.bluelamp.contact;

/** A report type as the queues' filter lists it. */
public record ServiceName(String id, String title) {
}
