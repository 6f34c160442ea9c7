package org.bluelamp.platform.database;

/** Bluelamp was asked to stop while it waited for its external PostgreSQL: not a fault, so no stack trace. */
class StoppedWhileWaitingException extends IllegalStateException {

    StoppedWhileWaitingException(String server) {
        super("Bluelamp was stopped while it waited for PostgreSQL at " + server + ".");
    }
}
