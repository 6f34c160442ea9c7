package org.bluelamp.privacy.request;

/**
 * The confirmation: the reference, and the date the answer is due, or null while the clock waits for proof of
 * identity.
 */
public record DonePage(String reference, String dueOn, boolean bringingId, boolean byPost, boolean messaged) {
}
