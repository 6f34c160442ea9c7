package org.bluelamp.reporting.journey;

import org.bluelamp.platform.codes.CodeCheck;
import org.bluelamp.platform.codes.CodePurpose;
import org.bluelamp.platform.codes.OneTimeCodes;
import org.bluelamp.platform.limits.Client;
import org.bluelamp.platform.limits.LimitedAction;
import org.bluelamp.platform.limits.RateLimits;
import org.bluelamp.platform.limits.Recipient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Reopening a draft saved for later: the link alone opens nothing; a one-time code sent to the same address proves
 * the person can read it, then the draft moves to the browser they are using, on whatever device.
 */
@Service
class DraftResumption {

    static final CodePurpose PURPOSE = CodePurpose.RESUME;
    /** A link starts a fresh challenge at most this often, so it cannot be used to send codes without end. */
    private static final Duration NEW_CHALLENGE_AFTER = Duration.ofHours(1);

    private final ResumeLinks links;
    private final Drafts drafts;
    private final OneTimeCodes codes;
    private final RateLimits limits;
    private final Clock clock;

    DraftResumption(ResumeLinks links, Drafts drafts, OneTimeCodes codes, RateLimits limits, Clock clock) {
        this.limits = limits;
        this.links = links;
        this.drafts = drafts;
        this.codes = codes;
        this.clock = clock;
    }

    /** What a link can still do. */
    enum LinkState { OPEN, UNKNOWN, EXPIRED, SENT, USED }

    /** A link and its state; {@code link} is null when the token matches nothing (any more). */
    record Found(LinkState state, ResumeLink link) {

        boolean open() {
            return state == LinkState.OPEN;
        }
    }

    Found find(String token) {
        return state(links.find(token, false));
    }

    /** Sends a code for an open link, unless one was started within the hour: then the code page asks for it. */
    @Transactional
    Found sendCode(String token, Client client) {
        var found = state(links.find(token, true));
        if (found.open()) {
            var link = found.link();
            boolean recent = link.challengeId() != null
                    && clock.instant().isBefore(link.codeSentAt().plus(NEW_CHALLENGE_AFTER));
            if (!recent) {
                startChallenge(link, client);
            }
        }
        return found;
    }

    /** Sends a fresh code for the link's challenge, within the limits on resending; empty if the link is not open. */
    @Transactional
    Optional<OneTimeCodes.Resend> sendNewCode(String token, Client client) {
        var found = state(links.find(token, true));
        if (!found.open() || found.link().challengeId() == null) {
            return Optional.empty();
        }
        var link = found.link();
        var resent = codes.resend(link.challengeId(), PURPOSE);
        if (resent == OneTimeCodes.Resend.TOO_MANY
                && !clock.instant().isBefore(link.codeSentAt().plus(NEW_CHALLENGE_AFTER))) {
            startChallenge(link, client);
            return Optional.of(OneTimeCodes.Resend.SENT);
        }
        return Optional.of(resent);
    }

    /**
     * What entering a code came to: the link's state, and for an open link with a code sent, the check; once it
     * passed, the draft is in this browser.
     */
    record Entered(Found link, CodeCheck check) {

        boolean passed() {
            return check != null && check.passed();
        }
    }

    /** Checks the code; a right one uses the link up and moves its draft to the browser with this token hash. */
    @Transactional
    Entered enter(String token, String typed, String browserTokenHash) {
        var found = state(links.find(token, true));
        if (!found.open() || found.link().challengeId() == null) {
            return new Entered(found, null);
        }
        var link = found.link();
        var check = codes.check(link.challengeId(), PURPOSE, typed);
        if (check.passed()) {
            if (!link.draftId().toString().equals(check.subject())) {
                throw new IllegalStateException("A resume code passed for another draft");
            }
            links.used(link.id(), clock.instant());
            drafts.moveTo(link.draftId(), link.serviceId(), browserTokenHash);
        }
        return new Entered(found, check);
    }

    /** A new challenge, within the limits on codes per client and per address (a refusal rolls back with it). */
    private void startChallenge(ResumeLink link, Client client) {
        var address = link.address();
        limits.take(LimitedAction.RESUME_CODE, client, address.email() != null ? Recipient.of(address.email())
                : Recipient.of(address.mobile()));
        var challenge = codes.issue(PURPOSE, link.draftId().toString(),
                new OneTimeCodes.Recipient(address.email(), address.mobile()), null);
        links.codeSent(link.id(), challenge, clock.instant());
    }

    private Found state(Optional<ResumeLink> found) {
        if (found.isEmpty()) {
            return new Found(LinkState.UNKNOWN, null);
        }
        var link = found.get();
        LinkState state = !clock.instant().isBefore(link.draftExpiresAt()) ? LinkState.EXPIRED
                : link.draftSent() ? LinkState.SENT
                : link.usedAt() != null ? LinkState.USED
                : LinkState.OPEN;
        return new Found(state, link);
    }
}
