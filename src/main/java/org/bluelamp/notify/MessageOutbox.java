package org.bluelamp.notify;

/** Where messages wait to be delivered: a table written in the caller's transaction. */
interface MessageOutbox {

    /**
     * Stores the message in the caller's transaction unless one with the same key is already there.
     *
     * @return whether it was stored now
     */
    boolean queue(NewMessage message);
}
