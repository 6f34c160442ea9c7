package org.bluelamp.chat;

import java.util.Arrays;

/** Why a chat ended. A chat ended before it was answered is abandoned, whatever the reason. */
public enum ChatEndReason {
    /** The person pressed "End chat". */
    PERSON_ENDED("person-ended"),
    /** The person used "Exit this page" (/leave). */
    PERSON_LEFT_SITE("person-left-site"),
    /** The handler ended it. */
    HANDLER_ENDED("handler-ended"),
    /** The person's page was not heard from for longer than they may be away. */
    DROPPED("dropped");

    private final String code;

    ChatEndReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static ChatEndReason fromCode(String code) {
        return code == null ? null
                : Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst().orElseThrow();
    }
}
