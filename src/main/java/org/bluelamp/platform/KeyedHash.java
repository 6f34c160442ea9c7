package org.bluelamp.platform;

/**
 * A keyed fingerprint (HMAC-SHA256) of a value under the secrets key every instance shares, to count or find rows
 * by a value without storing it: a copy of the database alone cannot be searched for an address or number. Each
 * purpose gets its own derived key, so a fingerprint for one purpose says nothing about another.
 */
@FunctionalInterface
public interface KeyedHash {

    byte[] of(String purpose, String value);
}
