package org.bluelamp.relay;

import java.util.Map;
import java.util.UUID;

/**
 * A message for someone connected to another instance.
 *
 * @param from the instance that sent it, which ignores it when it comes back
 * @param call the call, or null for the consoles watching the queue
 * @param to   a participant of the call, {@link #CONSOLES}, or {@link #CLOSE} to close the call's connections
 */
record Envelope(String from, UUID call, String to, Map<String, Object> message) {

    static final String CONSOLES = "consoles";
    static final String CLOSE = "close";
}
