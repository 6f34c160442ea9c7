package org.bluelamp.platform.limits;

import java.util.Locale;

/**
 * What a member of the public can make the force do that costs someone else something: send a message, queue a
 * call, create a record. Each is limited per client address and per recipient ({@link Limit}); the defaults here
 * (the same as application.yml's) hold unless {@code bluelamp.limits.actions.<action>} says otherwise.
 */
public enum LimitedAction {

    /** Starting a report or a subject access request: a draft row each time. */
    DRAFT_STARTED(new Limit(300, 1, 1)),
    /** "Save and come back later": a link sent to the email or mobile typed. */
    SAVE_FOR_LATER(new Limit(30, 3, 5)),
    /** A code to open a saved draft, to the address the link went to. */
    RESUME_CODE(new Limit(30, 5, 10)),
    /** A report sent online: a contact for staff and an acknowledgement to the reporter's email or phone. */
    REPORT_SUBMISSION(new Limit(30, 5, 10)),
    /** A BSL video message: a report the interpreters must watch and translate. */
    BSL_VIDEO_MESSAGE(new Limit(10, 3, 5)),
    /** "Check your report": a code to the reporter, counted per typed reference. */
    TRACKING_CODE(new Limit(30, 10, 20)),
    /** A subject access request: a request for the team and a confirmation to the requester. */
    SUBJECT_ACCESS_REQUEST(new Limit(10, 2, 3)),
    /** A call to the BSL video relay: a caller in the interpreters' queue. */
    RELAY_CALL(new Limit(6, 1, 1)),
    /** Joining the live chat: a person in the handlers' queue. */
    CHAT_JOIN(new Limit(6, 1, 1)),
    /** A copy of an ended chat by email, to the address typed: at most once per chat, and this per client. */
    CHAT_COPY(new Limit(6, 3, 5)),
    /** A token asked of the API's authorization server: each checks a client secret, which is slow on purpose. */
    API_TOKEN(new Limit(600, 1, 1));

    private final Limit defaults;

    LimitedAction(Limit defaults) {
        this.defaults = defaults;
    }

    Limit defaults() {
        return defaults;
    }

    /** As in settings and in the table: {@code save-for-later}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
