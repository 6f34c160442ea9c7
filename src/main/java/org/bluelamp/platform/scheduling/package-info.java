/**
 * Scheduled work that runs once across every instance of Bluelamp: each job takes a lease in the database, by name,
 * before it runs, and an instance that finds the lease held skips its turn.
 */
package org.bluelamp.platform.scheduling;
