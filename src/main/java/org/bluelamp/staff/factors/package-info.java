/**
 * The pieces of a staff member's second factor and password rules: authenticator-app codes, the QR code that
 * sets an app up, secrets sealed for storage, recovery codes and the password policy. None of them touches
 * the database or the web; the staff module wires them in.
 */
package org.bluelamp.staff.factors;
