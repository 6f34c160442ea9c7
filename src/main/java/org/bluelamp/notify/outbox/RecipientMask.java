package org.bluelamp.notify.outbox;

/**
 * Who a message went to, as staff see it in the outbox: enough to tell two apart ("s•••@e•••.com", "••• ••• •123"),
 * never the address or number itself.
 */
final class RecipientMask {

    private static final String HIDDEN = "•••";

    private RecipientMask() {
    }

    static String of(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            return HIDDEN;
        }
        int at = recipient.lastIndexOf('@');
        if (at < 0) {
            String digits = recipient.replaceAll("\\D", "");
            return HIDDEN + " " + HIDDEN + " •" + (digits.length() > 3 ? digits.substring(digits.length() - 3) : "");
        }
        String domain = recipient.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String ending = dot > 0 ? domain.substring(dot) : "";
        return first(recipient.substring(0, at)) + HIDDEN + "@" + first(domain) + HIDDEN + ending;
    }

    private static String first(String part) {
        return part.isEmpty() ? "" : part.substring(0, part.offsetByCodePoints(0, 1));
    }
}
