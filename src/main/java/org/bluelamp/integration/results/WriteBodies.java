package org.bluelamp.integration.results;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The bodies of the writes, as the OpenAPI document describes them. The controller reads each body itself (bounded in
 * size, each field's type checked), so these only name the fields and their rules for the reference.
 */
final class WriteBodies {

    private WriteBodies() {
    }

    @Schema(name = "CrimeNumber", description = "The force's crime reference number for the contact.")
    record CrimeNumberBody(
            @Schema(description = "Letters, digits, / and -, at most 30 characters.", example = "CR/012345/26",
                    requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 30, pattern = "^[A-Za-z0-9/-]{1,30}$")
            String crimeNumber) {
    }

    @Schema(name = "OfficerInCharge", description = "The officer in charge of the investigation, as the reporter may "
            + "be told.")
    record OfficerBody(
            @Schema(description = "As the officer is known to the public; one line, at most 100 characters.",
                    example = "DC Sam Patel", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100)
            String name,
            @Schema(description = "Their collar or warrant number: letters, digits and spaces, at most 20 characters.",
                    example = "4521", maxLength = 20, pattern = "^[A-Za-z0-9 ]{1,20}$")
            String collarNumber) {
    }

    @Schema(name = "Result", description = "The result of the investigation. The reporter is told it.")
    record ResultBody(
            @Schema(description = "The outcome, after the Home Office's crime outcome groups.", example = "charged",
                    requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"charged", "summonsed", "caution",
                    "taken-into-consideration", "penalty-notice", "community-resolution", "diversion", "other-body",
                    "not-in-public-interest", "prosecution-prevented", "evidential-difficulties", "not-identified",
                    "no-further-action", "other"})
            String outcome,
            @Schema(description = "What it means, in words for the reporter; at most 1000 characters.",
                    example = "A man has been charged and will appear in court on 3 June.", maxLength = 1000)
            String description) {
    }

    @Schema(name = "WriteAnswer", description = "Whether the write changed the contact: false when it held the value "
            + "already, so nothing was done and the reporter was not told again.")
    record WriteAnswerSchema(@Schema(example = "LP-7K3-M9Q-TXE") String reference, boolean changed) {
    }
}
