package org.bluelamp.privacy.request;

import java.time.Instant;
import java.util.Map;

/** One step on a request's timeline: who (a username, "requester" or "system"), what, and its details. */
public record TimelineEntry(Instant at, String actor, String kind, Map<String, String> detail) {
}
