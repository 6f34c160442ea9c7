package org.bluelamp.privacy.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A subject access request as the data protection team sees it.
 *
 * @param wants              everything, period (a date or period in {@code wantsPeriod}) or reference
 * @param identity           upload or station (the person brings proof to a police station)
 * @param receiveBy          link (a download link by email or text) or post
 * @param status             awaiting-identity, received, checked, answered or refused
 * @param identityReceivedOn the day the clock started; null while it waits for proof of identity
 * @param dueOn              when the answer is due; null while the clock waits
 */
public record DataRequest(UUID id, String reference, Instant receivedAt, String fullName, String otherNames,
                          LocalDate dateOfBirth, String email, String phone, String address, String postcode,
                          String wants, String wantsPeriod, String wantsReference, String identity,
                          UUID identityFileId, String identityFileName, String identityFileType, String receiveBy,
                          String status, LocalDate identityReceivedOn, LocalDate dueOn, String identityCheckedBy,
                          Instant identityCheckedAt, String identityMethod, String identityNote, Instant answeredAt) {

    public boolean identityChecked() {
        return identityCheckedAt != null;
    }

    /** Whether the answer (or the refusal) has still to be sent: the clock runs until then. */
    public boolean open() {
        return answeredAt == null;
    }

    public boolean refusedInWhole() {
        return status.equals("refused");
    }
}
