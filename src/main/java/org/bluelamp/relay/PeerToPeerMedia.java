package org.bluelamp.relay;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Media browser to browser, through TURN when needed, recorded by the interpreter's console: nothing to run but an
 * optional coturn. Good for the dozens of calls a day of one force.
 */
@Component
@ConditionalOnMissingBean(value = MediaPath.class, ignored = PeerToPeerMedia.class)
class PeerToPeerMedia implements MediaPath {

    private final IceProperties ice;
    private final Clock clock;

    PeerToPeerMedia(IceProperties ice, Clock clock) {
        this.ice = ice;
        this.clock = clock;
    }

    @Override
    public MediaSettings settingsFor(UUID callId, String participant) {
        var servers = new ArrayList<IceServer>();
        if (!ice.stun().isEmpty()) {
            servers.add(new IceServer(ice.stun(), null, null));
        }
        if (!ice.turn().isEmpty()) {
            // The label names the call, not the person: TURN servers log usernames.
            servers.add(TurnCredentials.forCall(ice.turn(), ice.turnSecret(), "relay-" + callId,
                    clock.instant().plus(ice.turnLifetime())));
        }
        return new MediaSettings(List.copyOf(servers), true);
    }
}
