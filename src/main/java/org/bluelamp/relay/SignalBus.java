package org.bluelamp.relay;

import java.util.function.Consumer;

/**
 * Carries relay messages between instances, so the caller, the interpreter and the handler of one call (and the
 * consoles) may each be connected to a different one.
 */
interface SignalBus {

    /** This instance's name, as envelopes carry it. */
    String instance();

    /** Sends to every other instance. */
    void publish(Envelope envelope);

    /** What to do with an envelope from another instance. */
    void receiveWith(Consumer<Envelope> receiver);
}
