package org.bluelamp.relay;

import java.util.List;

/** One entry of a browser's RTCPeerConnection iceServers: URLs and, for TURN, a username and password. */
public record IceServer(List<String> urls, String username, String credential) {
}
