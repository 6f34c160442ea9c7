/**
 * 101 live chat: a person types to a contact handler. Its opening hours, the person's key to one chat and place in
 * the queue, the lines of each chat in order with the possible-emergency rules run on every line the person types,
 * the engine a handler's console works through ({@link org.bluelamp.chat.ChatDesk}), and live updates over WebSocket
 * across instances through PostgreSQL; and in {@code chat.console}, the handlers' console at /staff/chat, which logs
 * a chat on the call-logging screens and gives its transcript to the contact. See docs/chat.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "staff", "reporting", "contact",
        "contact::emergency"})
package org.bluelamp.chat;
