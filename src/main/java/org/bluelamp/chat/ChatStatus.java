package org.bluelamp.chat;

import java.util.Arrays;

/** Where a chat is: waiting in the queue, answered by a handler, ended, or left before an answer. */
public enum ChatStatus {
    WAITING("waiting"),
    ANSWERED("answered"),
    ENDED("ended"),
    ABANDONED("abandoned");

    private final String code;

    ChatStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean live() {
        return this == WAITING || this == ANSWERED;
    }

    static ChatStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElseThrow();
    }
}
