package org.bluelamp.notify;

import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.LanguageTexts;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.staff.AccountChangeKind;
import org.bluelamp.staff.StaffAccountChangeApplied;
import org.bluelamp.staff.StaffAccountChangeRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Tells a member of staff by email when a change that could hand their account to someone else is asked for, and
 * when it is made (for a new email address, at the old one and the new): a takeover is noticed by the one person
 * sure to know it was not them. The messages carry no secret.
 */
@Component
class StaffAccountMessages {

    private final MessageWriter writer;
    private final Clock clock;
    private final LanguageTexts languageTexts;

    StaffAccountMessages(MessageWriter writer, Clock clock, LanguageTexts languageTexts) {
        this.languageTexts = languageTexts;
        this.writer = writer;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(StaffAccountChangeRequested requested) {
        if (requested.holderEmail() == null) {
            return;
        }
        writer.write(MessageKind.STAFF_CHANGE_REQUESTED, requested.changeId().toString(), null,
                Map.of("username", requested.username(), "change", words(requested.kind()),
                        "requestedBy", requested.requestedBy(), "waitsUntil", languageTexts.dates(Language.ENGLISH).dateAndTime(requested.expiresAt())),
                List.of(email(requested.holderEmail())));
    }

    @ApplicationModuleListener
    void on(StaffAccountChangeApplied applied) {
        var values = Map.of("username", applied.username(), "change", words(applied.kind()),
                "requestedBy", applied.requestedBy(), "approvedBy", applied.approvedBy());
        for (int i = 0; i < applied.tell().size(); i++) {
            // Each address under its own key: the old and the new address of an email change are both told.
            writer.write(MessageKind.STAFF_CHANGE_APPLIED, applied.changeId() + ":" + i, null, values,
                    List.of(email(applied.tell().get(i))));
        }
    }

    private Delivery email(EmailAddress address) {
        return new Delivery(MessageChannel.EMAIL, address.value(), clock.instant());
    }

    private static String words(AccountChangeKind kind) {
        return switch (kind) {
            case SECOND_FACTOR_RESET -> "Reset the authenticator app and passkeys: a new app is set up at the next sign-in.";
            case SET_UP_LINK -> "Make a new set-up link, with which a new password can be chosen.";
            case ROLES -> "Change the roles, and so what the account may see.";
            case EMAIL -> "Change the work email address these messages go to.";
        };
    }
}
