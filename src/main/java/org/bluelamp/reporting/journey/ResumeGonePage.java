package org.bluelamp.reporting.journey;

import java.time.Instant;

/**
 * A resume link that no longer opens a draft, and why.
 *
 * @param reason      "expired", "used", "sent" or "unknown"; the page's words are chosen by it
 * @param deletedAfter when the answers were (or will be) deleted, or null when no longer known
 * @param startUrl    where to start a report again
 */
public record ResumeGonePage(String reason, Instant deletedAfter, String startUrl) {
}
