package org.bluelamp.staff;

/**
 * A change to a staff account that could hand it to someone other than its holder, so one admin asks for it and a
 * second admin approves it (four eyes). The holder is told of each by email.
 */
public enum AccountChangeKind {
    /** The authenticator app, recovery codes and passkeys are forgotten; a new app is set up at next sign-in. */
    SECOND_FACTOR_RESET,
    /** A new link to choose a password; the old one stops working. */
    SET_UP_LINK,
    /** The account's roles, and so what it may see. */
    ROLES,
    /** The work email address the account's holder is told at. */
    EMAIL
}
