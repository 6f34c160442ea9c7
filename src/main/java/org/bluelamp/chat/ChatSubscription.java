package org.bluelamp.chat;

/** Following a chat, or watching the queue, on this instance until closed (when the page's socket closes). */
@FunctionalInterface
public interface ChatSubscription extends AutoCloseable {

    @Override
    void close();
}
