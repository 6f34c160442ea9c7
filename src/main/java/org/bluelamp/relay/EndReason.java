package org.bluelamp.relay;

/** Why a call ended: the caller left, the interpreter ended it, or the caller's connection dropped and stayed away. */
enum EndReason {
    CALLER_LEFT("caller-left"),
    INTERPRETER_ENDED("interpreter-ended"),
    DROPPED("dropped");

    private final String code;

    EndReason(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
