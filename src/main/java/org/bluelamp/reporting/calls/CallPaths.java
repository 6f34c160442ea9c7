package org.bluelamp.reporting.calls;

import java.util.UUID;

/** Addresses of the staff screens for logging a call. */
final class CallPaths {

    static final String ROOT = "/staff/calls";

    private CallPaths() {
    }

    static String call(UUID draftId) {
        return ROOT + "/" + draftId;
    }

    static String screen(UUID draftId, String questionId) {
        return call(draftId) + "/screen/" + questionId;
    }

    static String summary(UUID draftId) {
        return call(draftId) + "/summary";
    }

    static String saved(UUID draftId) {
        return call(draftId) + "/saved";
    }

    static String redirect(String path) {
        return "redirect:" + path;
    }
}
