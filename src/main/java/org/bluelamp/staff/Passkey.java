package org.bluelamp.staff;

/** One of a member of staff's passkeys as their page lists it; {@code id} is the credential id, Base64url. */
public record Passkey(String id, String label, String created) {
}
