/**
 * Webhooks: a client's address that each event of the feed is posted to, signed in the Standard Webhooks way, from an
 * outbox of deliveries that retries with back-off for 72 hours; the address rules that keep calls off the force's own
 * network; and the delivery log admins read.
 */
package org.bluelamp.integration.webhooks;
