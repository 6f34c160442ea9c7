package org.bluelamp.relay;

import java.util.List;
import java.util.UUID;

/**
 * How a call's video travels and who records it. The default sends media browser to browser (the interpreter's
 * console joins the caller and the handler, and records in the browser); a large deployment provides another bean that
 * puts a media server (Janus or LiveKit) in the middle to forward and record. See docs/relay.md.
 */
public interface MediaPath {

    /** What one participant's browser needs to connect its media for this call. */
    MediaSettings settingsFor(UUID callId, String participant);

    /**
     * @param iceServers     STUN and TURN servers, with this call's own TURN credentials
     * @param consoleRecords whether the interpreter's console records the call (false when a media server does)
     */
    record MediaSettings(List<IceServer> iceServers, boolean consoleRecords) {
    }
}
