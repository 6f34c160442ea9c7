package org.bluelamp.privacy.request;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why information is withheld from a subject access request: the restrictions of the Data Protection Act 2018,
 * section 45(4), that a police force relies on. Each has its words in messages ({@code data-request.reason.<code>}).
 */
enum LegalReason {
    THIRD_PARTY("third-party", "Information about another person (Data Protection Act 2018, section 45(4)(e))"),
    CRIME("crime", "Would prejudice the prevention or detection of crime (Data Protection Act 2018, section 45(4)(b))"),
    INQUIRY("inquiry", "Would obstruct an official inquiry (Data Protection Act 2018, section 45(4)(a))"),
    PUBLIC_SECURITY("public-security", "Public security (Data Protection Act 2018, section 45(4)(c))"),
    NATIONAL_SECURITY("national-security", "National security (Data Protection Act 2018, section 45(4)(d))");

    private final String code;
    /** As the answer states it: the answer is in English whatever language the team's pages are in. */
    private final String statement;

    LegalReason(String code, String statement) {
        this.code = code;
        this.statement = statement;
    }

    String code() {
        return code;
    }

    String statement() {
        return statement;
    }

    static Optional<LegalReason> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
