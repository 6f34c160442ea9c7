package org.bluelamp.relay;

import java.util.UUID;

/**
 * A message for someone connected to another instance.
 *
 * @param from the instance that sent it, which ignores it when it comes back
 * @param call the call, or null for the consoles watching the queue
 * @param to      a participant of the call, {@link #CONSOLES}, or {@link #CLOSE} to close the call's connections
 * @param message what to tell them; null with {@link #CLOSE}
 */
record Envelope(String from, UUID call, String to, RelayMessage message) {

    static final String CONSOLES = "consoles";
    static final String CLOSE = "close";
}
