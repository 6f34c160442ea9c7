/**
 * The BSL video relay for 101: its opening hours, the Deaf caller's key to one call and place in the queue, the
 * interpreter's console and the handler brought into a call, signalling over WebSocket (across instances through
 * PostgreSQL), recordings and their audited playback, service levels; and in {@code relay.message}, BSL video
 * messages for when the relay is closed. The console shows 101 live chat's levels beside the relay's (chat's
 * {@code TodaysChatLevels}; chat knows nothing of the relay). See docs/relay.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "staff", "reporting", "contact",
        "chat"})
package org.bluelamp.relay;
