package org.bluelamp.privacy.request;

import org.bluelamp.platform.SecretTokens;
import org.bluelamp.platform.codes.CodeCheck;
import org.bluelamp.platform.codes.CodePurpose;
import org.bluelamp.platform.codes.OneTimeCodes;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.platform.files.FileStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The requester's side of a released answer: the link finds it, a code sent to the request's email or phone opens it
 * for a short time in that browser, and each download goes on the request's timeline.
 */
@Service
class AnswerAccess {

    static final CodePurpose PURPOSE = CodePurpose.DATA_ANSWER;
    /** Codes one link may send in its life, so a link cannot be used to flood the requester with messages. */
    static final int MOST_CODES = 10;

    private final Releases releases;
    private final DataRequests requests;
    private final OneTimeCodes codes;
    private final FileStore files;
    private final AnswerProperties properties;
    private final Clock clock;

    AnswerAccess(Releases releases, DataRequests requests, OneTimeCodes codes, FileStore files,
                 AnswerProperties properties, Clock clock) {
        this.releases = releases;
        this.requests = requests;
        this.codes = codes;
        this.files = files;
        this.properties = properties;
        this.clock = clock;
    }

    /** A release whose link still works. */
    Optional<Release> find(String token) {
        return releases.byToken(token).filter(r -> clock.instant().isBefore(r.expiresAt()));
    }

    /** Where the code goes, masked for the page. */
    String maskedRecipient(Release release) {
        var request = requests.byId(release.requestId()).orElseThrow();
        return recipient(request).map(r -> r.email() != null ? r.email().masked() : r.phone().masked()).orElse("");
    }

    @Transactional
    Optional<UUID> sendCode(Release release) {
        var request = requests.byId(release.requestId()).orElseThrow();
        var recipient = recipient(request);
        if (recipient.isEmpty() || release.codesSent() >= MOST_CODES) {
            return Optional.empty();
        }
        var challenge = codes.issue(PURPOSE, release.id().toString(), recipient.get(), request.reference());
        releases.challenged(release.id(), challenge);
        requests.addToTimeline(request.id(), "requester", "code-sent", Map.of());
        return Optional.of(challenge);
    }

    OneTimeCodes.Resend resend(UUID challenge) {
        return codes.resend(challenge, PURPOSE);
    }

    /** Checks the code; when passed, the token the browser keeps to download. */
    @Transactional
    Checked check(Release release, UUID challenge, String code) {
        var check = codes.check(challenge, PURPOSE, code);
        if (!check.passed() || !release.id().toString().equals(check.subject())) {
            return new Checked(check, null);
        }
        String open = SecretTokens.newToken();
        Instant until = clock.instant().plus(properties.downloadFor());
        releases.opened(release.id(), open, until.isBefore(release.expiresAt()) ? until : release.expiresAt());
        requests.addToTimeline(release.requestId(), "requester", "code-passed", Map.of());
        return new Checked(check, open);
    }

    record Checked(CodeCheck check, String openToken) {
    }

    /** Whether this browser passed the code for the release and its time is not up. */
    boolean opened(Release release, String openToken) {
        return openToken != null && release.openedTokenHash() != null && release.openedUntil() != null
                && clock.instant().isBefore(release.openedUntil())
                && MessageDigest.isEqual(SecretTokens.hash(openToken).getBytes(StandardCharsets.US_ASCII),
                release.openedTokenHash().getBytes(StandardCharsets.US_ASCII));
    }

    @Transactional
    Optional<byte[]> download(Release release, String format) {
        var content = files.open(format.equals("pdf") ? release.pdfFileId() : release.jsonFileId());
        if (content.isEmpty()) {
            return Optional.empty();
        }
        releases.downloaded(release.id(), clock.instant());
        requests.addToTimeline(release.requestId(), "requester", "downloaded", Map.of("file", "answer." + format));
        try (var in = content.get()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Optional<OneTimeCodes.Recipient> recipient(DataRequest request) {
        var email = Optional.ofNullable(request.email()).flatMap(EmailAddress::parse);
        var phone = Optional.ofNullable(request.phone()).flatMap(UkPhoneNumber::parse).filter(UkPhoneNumber::mobile);
        if (email.isEmpty() && phone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OneTimeCodes.Recipient(email.orElse(null), email.isPresent() ? null : phone.orElse(null)));
    }
}
