/**
 * Scheduled work that runs once across every instance of Bluelamp: each job takes a lease in the database (ShedLock),
 * by name, before it runs, and an instance that finds the lease held skips its turn. Each job's last success is kept
 * beside its lease and published as {@code bluelamp_job_last_success_seconds}.
 */
package org.bluelamp.platform.scheduling;
