/**
 * The BSL video relay for 101 (issue 12, being built): when it is open, and later the caller's queue, the
 * interpreter's console, signalling and recordings. So far: its opening hours.
 */
package org.bluelamp.relay;
