package org.bluelamp.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a report reached us. Its code is what is stored and sent in events; its words are {@code contact.channel.<code>}. */
public enum Channel {

    ONLINE("online", false),
    PHONE("phone", true),
    IN_PERSON("in-person", true),
    EMAIL("email", true),
    /** Logged from a BSL video relay call; the relay screens will offer it (not yet on the staff form). */
    VIDEO_RELAY("video-relay", false),
    /** A video message in BSL sent online (services/bsl-video-message.yaml), translated by an interpreter later. */
    BSL_VIDEO_MESSAGE("bsl-video-message", false),
    /** Logged from a 101 live chat (the chat console's "Log this chat"), with the transcript on the timeline. */
    WEBCHAT("webchat", false),
    /** Sent in by another public service's system (a council's app, FixMyStreet) through Open311. */
    OPEN311("open311", false);

    private final String code;
    private final boolean offeredToStaff;

    Channel(String code, boolean offeredToStaff) {
        this.code = code;
        this.offeredToStaff = offeredToStaff;
    }

    public String code() {
        return code;
    }

    /** The channels a contact handler may choose when logging a call by hand. */
    public static List<Channel> loggedByStaff() {
        return Arrays.stream(values()).filter(c -> c.offeredToStaff).toList();
    }

    /** The channels a public journey's definition may name: the ones nobody logs by hand. */
    public static List<Channel> sentByThePublic() {
        return List.of(ONLINE, BSL_VIDEO_MESSAGE);
    }

    public static Optional<Channel> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
