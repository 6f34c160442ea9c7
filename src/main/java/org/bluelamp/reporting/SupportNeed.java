package org.bluelamp.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * Support a reporter asked for to talk to us. A definition's support-needs question has one option per need, its
 * value the code; "none" stands alone.
 */
public enum SupportNeed {
    BSL_INTERPRETER("bsl"),
    LANGUAGE_INTERPRETER("language"),
    OTHER("other"),
    NONE("none");

    private final String code;

    SupportNeed(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SupportNeed> fromCode(String code) {
        return Arrays.stream(values()).filter(need -> need.code.equals(code)).findFirst();
    }
}
