package org.bluelamp.relay;

import java.util.Arrays;

/** Where a relay call is: waiting in the queue, answered by an interpreter, ended, or left before an answer. */
public enum CallStatus {
    WAITING("waiting"),
    ANSWERED("answered"),
    ENDED("ended"),
    ABANDONED("abandoned");

    private final String code;

    CallStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static CallStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElseThrow();
    }
}
