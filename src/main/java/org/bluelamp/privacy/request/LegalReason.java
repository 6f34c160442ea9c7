package org.bluelamp.privacy.request;

import org.bluelamp.platform.Texts;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why information is withheld from a subject access request: the restrictions of the Data Protection Act 2018,
 * section 45(4), that a police force relies on. The team chooses by its short words ({@code data-request.reason.<code>},
 * staff words); the answer states it in full in the request's language ({@code privacy.answer.legal-reason.<code>}).
 */
enum LegalReason {
    THIRD_PARTY("third-party"),
    CRIME("crime"),
    INQUIRY("inquiry"),
    PUBLIC_SECURITY("public-security"),
    NATIONAL_SECURITY("national-security");

    private final String code;

    LegalReason(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** As the answer states it, in the answer's words. */
    String statement(Texts answerWords) {
        return answerWords.t("privacy.answer.legal-reason." + code);
    }

    static Optional<LegalReason> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
