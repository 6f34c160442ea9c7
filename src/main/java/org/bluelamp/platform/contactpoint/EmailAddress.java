package org.bluelamp.platform.contactpoint;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address a person gave, trimmed and with its domain in lower case (the part before the @ is the mail
 * server's to interpret, so it is kept as typed).
 */
public record EmailAddress(String value) {

    /** The same shape the forms accept: something@domain.tld, no spaces. */
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    public EmailAddress {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an email address");
        }
    }

    public static Optional<EmailAddress> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String trimmed = typed.strip();
        int at = trimmed.lastIndexOf('@');
        if (at < 1 || !SHAPE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(new EmailAddress(trimmed.substring(0, at + 1) + trimmed.substring(at + 1).toLowerCase(Locale.ROOT)));
    }

    /** Whether two typed addresses are the same mailbox, ignoring case as people do. */
    public boolean sameAs(EmailAddress other) {
        return other != null && value.equalsIgnoreCase(other.value);
    }

    /** For screens where the whole address should not be shown: "j•••@example.com". */
    public String masked() {
        int at = value.indexOf('@');
        return value.charAt(0) + "•••" + value.substring(at);
    }

    @Override
    public String toString() {
        return "EmailAddress[…]";
    }
}
