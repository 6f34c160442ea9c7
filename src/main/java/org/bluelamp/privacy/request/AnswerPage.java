package org.bluelamp.privacy.request;

import org.bluelamp.platform.FormErrors;

/** A page of fetching a released answer: the link's token, where the code went, and the challenge. */
public record AnswerPage(String token, String recipient, String challenge, FormErrors errors, String notice) {

    public String base() {
        return "/your-data/answer/" + token;
    }
}
