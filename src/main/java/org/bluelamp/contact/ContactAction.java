package org.bluelamp.contact;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** What staff can do to a contact, and when: a finished contact can only be reopened. */
public enum ContactAction {
    CONTACT_REPORTER("contact-reporter", c -> !c.finished()),
    ASSESS("assess", c -> !c.finished()),
    CRIME_DECISION("crime-decision", c -> !c.finished() && c.crimeDecisionDue() != null),
    REQUEST_INFORMATION("request-information", c -> !c.finished()),
    RECORD_ANSWER("record-answer", c -> !c.finished() && c.status() == ContactStatus.AWAITING_INFORMATION),
    EVIDENCE_LINK("evidence-link", c -> !c.finished() && c.reportId() != null),
    ALLOCATE("allocate", c -> !c.finished()),
    AGREE_UPDATES("agree-updates", c -> !c.finished()),
    LINK("link", c -> true),
    REFER("refer", c -> !c.finished()),
    FILE("file", c -> !c.finished()),
    CLOSE("close", c -> !c.finished()),
    REOPEN("reopen", Contact::finished),
    REPLY("reply", c -> !c.finished() && c.reportId() != null);

    private final String code;
    private final Predicate<Contact> allowed;

    ContactAction(String code, Predicate<Contact> allowed) {
        this.code = code;
        this.allowed = allowed;
    }

    public String code() {
        return code;
    }

    /**
     * Whether doing it sends the reporter words staff write, or news of it, so that staff are reminded to write in
     * the reporter's language when it is not English.
     */
    public static boolean sendsReporterWords(String code) {
        return List.of(CONTACT_REPORTER.code, REQUEST_INFORMATION.code, RECORD_ANSWER.code, ALLOCATE.code,
                CRIME_DECISION.code, REFER.code, CLOSE.code, REOPEN.code, REPLY.code,
                EVIDENCE_LINK.code).contains(code);
    }

    /** Its form's template in contact/actions/, e.g. "contactReporter" for "contact-reporter". */
    String template() {
        var words = code.split("-");
        var name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    public boolean allowedOn(Contact contact) {
        return allowed.test(contact);
    }

    /** The actions open on this contact, in the order the page offers them. */
    public static List<ContactAction> on(Contact contact) {
        return Arrays.stream(values()).filter(a -> a.allowedOn(contact)).toList();
    }

    public static Optional<ContactAction> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
