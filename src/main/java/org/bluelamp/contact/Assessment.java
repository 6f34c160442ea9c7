package org.bluelamp.contact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A THRIVE assessment as it was made: a rationale for each of Threat, Harm, Risk, Investigation, Vulnerability and
 * Engagement, the overall risk, who is vulnerable and why, the grading and the opening incident category.
 */
public record Assessment(UUID id, UUID contactId, String assessedBy, Instant assessedAt, String threat, String harm,
                         String risk, String investigation, String vulnerability, String engagement, Risk riskLevel,
                         List<Vulnerability> vulnerabilities, Grading grading, String openingCategory) {
}
