package org.bluelamp.appointments;

import java.time.Instant;
import java.util.UUID;

/** A time an officer can visit, whoever books it. */
public record Slot(UUID id, String officer, Instant startsAt, Instant endsAt) {
}
