/**
 * What the operations team watches: the management port's security, and the control room's figures, which each
 * module reads from the database on a schedule and publishes as cached gauges, so a Prometheus scrape runs no query.
 * See docs/operations.md, "Watching it".
 */
package org.bluelamp.platform.monitoring;
