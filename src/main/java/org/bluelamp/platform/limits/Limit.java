package org.bluelamp.platform.limits;

/**
 * How often one action may be done.
 *
 * @param perClient            times from one client address in a window ({@code bluelamp.limits.window}, an hour)
 * @param perRecipient         times to one recipient (an email address, a phone number, a reference) in a window
 * @param perRecipientDaily    times to one recipient in a day (UTC)
 */
public record Limit(int perClient, int perRecipient, int perRecipientDaily) {

    public Limit {
        if (perClient < 1 || perRecipient < 1 || perRecipientDaily < 1) {
            throw new IllegalArgumentException("Each limit must allow at least one: per-client " + perClient
                    + ", per-recipient " + perRecipient + ", per-recipient-daily " + perRecipientDaily);
        }
    }
}
