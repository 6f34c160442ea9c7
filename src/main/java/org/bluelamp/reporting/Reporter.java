package org.bluelamp.reporting;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;

import java.util.List;
import java.util.Optional;

/**
 * Who made a report and how they may be reached, from the answers whose definition names their role. Other
 * modules read these typed values and never a question id.
 *
 * @param name       the reporter's name, or null
 * @param email      the email address they gave, or null
 * @param phone      the UK phone number they gave, or null; {@link UkPhoneNumber#mobile()} says whether it takes texts
 * @param preference how they would like to hear from us; null when the service does not ask
 * @param safety     whether it is safe to contact them; null when the service does not ask (then it is)
 * @param safeTimes  when it is safe, if only at certain times; empty means any time
 * @param anonymous  they chose not to say who they are
 * @param bslInterpreter they asked for a British Sign Language interpreter (a support need)
 */
public record Reporter(String name, EmailAddress email, UkPhoneNumber phone, ContactPreference preference,
                       SafeToContact safety, List<SafeWindow> safeTimes, boolean anonymous, boolean bslInterpreter) {

    public Reporter {
        safeTimes = safeTimes == null ? List.of() : List.copyOf(safeTimes);
    }

    /** Someone who did not ask for a BSL interpreter. */
    public Reporter(String name, EmailAddress email, UkPhoneNumber phone, ContactPreference preference,
                    SafeToContact safety, List<SafeWindow> safeTimes, boolean anonymous) {
        this(name, email, phone, preference, safety, safeTimes, anonymous, false);
    }

    /** Whether they use British Sign Language with us: they chose a reply in BSL or asked for an interpreter. */
    public boolean usesBsl() {
        return bslInterpreter || preference != null && preference.bsl();
    }

    /** Someone who gave us nothing to reach them by. */
    public static Reporter unknown() {
        return new Reporter(null, null, null, null, null, List.of(), true);
    }

    public Optional<EmailAddress> emailAddress() {
        return Optional.ofNullable(email);
    }

    /** Their number if it can receive a text. */
    public Optional<UkPhoneNumber> mobile() {
        return Optional.ofNullable(phone).filter(UkPhoneNumber::mobile);
    }

    /** Whether we may send them anything at all. */
    public boolean mayBeContacted() {
        return !anonymous && safety != SafeToContact.NOT_SAFE && (email != null || phone != null);
    }
}
