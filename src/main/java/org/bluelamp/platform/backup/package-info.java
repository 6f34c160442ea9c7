/**
 * Back-up and restore of a whole installation, database and files, run from the jar by {@code bin/backup} and
 * {@code bin/restore} without the web server (docs/operations.md, "Backing up").
 */
package org.bluelamp.platform.backup;
