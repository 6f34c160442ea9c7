package org.bluelamp.chat;

import java.util.Arrays;

/** Who said a line: the member of the public, the handler, or the service itself. */
public enum Speaker {
    PERSON("person"),
    HANDLER("handler"),
    SYSTEM("system");

    private final String code;

    Speaker(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Speaker fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElseThrow();
    }
}
