package org.bluelamp.privacy.request;

import org.bluelamp.privacy.PrivacyRecordKind;
import org.bluelamp.platform.SecretTokens;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.platform.files.FileStore;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.platform.personaldata.Accessor;
import org.bluelamp.privacy.SubjectAccessAnswerReleased;
import org.bluelamp.privacy.answer.DisclosureJson;
import org.bluelamp.privacy.answer.DisclosurePdf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Produces the answer (a PDF with every redaction burned in, and the same as JSON), keeps both files, and releases
 * them: a link that lasts a limited time, sent to the requester, that opens only after a one-time code.
 */
@Service
class AnswerRelease {

    static final String LINK = "/your-data/answer/";

    private final DataRequestWork work;
    private final DataRequests requests;
    private final Releases releases;
    private final DisclosurePdf pdf;
    private final DisclosureJson json;
    private final FileStore files;
    private final AccessLog log;
    private final AnswerProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnswerRelease(DataRequestWork work, DataRequests requests, Releases releases, DisclosurePdf pdf,
                  DisclosureJson json, FileStore files, AccessLog log, AnswerProperties properties,
                  ApplicationEventPublisher events, Clock clock) {
        this.work = work;
        this.requests = requests;
        this.releases = releases;
        this.pdf = pdf;
        this.json = json;
        this.files = files;
        this.log = log;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void release(DataRequest request, Accessor who) {
        var disclosure = work.disclosure(request);
        byte[] pdfBytes = pdf.write(disclosure);
        byte[] jsonBytes = json.write(disclosure);
        var now = clock.instant();
        var release = new Release(UUID.randomUUID(), request.id(), UUID.randomUUID(), UUID.randomUUID(),
                who.username(), now, now.plus(properties.linkLasts()), null, 0, null, null, null);
        files.write(release.pdfFileId(), pdfBytes);
        files.write(release.jsonFileId(), jsonBytes);
        String token = SecretTokens.newToken();
        releases.insert(release, token);
        requests.answered(request.id());
        long redactions = disclosure.sections().stream().flatMap(s -> s.lines().stream())
                .mapToLong(l -> l.redactions().size()).sum();
        requests.addToTimeline(request.id(), who.username(), "answer-produced",
                Map.of("records", Integer.toString(disclosure.sections().size()),
                        "redactions", Long.toString(redactions),
                        "refusals", Integer.toString(disclosure.refusals().size())));
        log.export(who, PrivacyRecordKind.REQUEST, request.reference(), Map.of("files", "answer.pdf, answer.json"));
        boolean byLink = request.receiveBy().equals("link");
        requests.addToTimeline(request.id(), who.username(), "released",
                Map.of("by", request.receiveBy(), "expires", release.expiresAt().toString()));
        if (byLink) {
            events.publishEvent(new SubjectAccessAnswerReleased(release.id(), request.reference(),
                    request.email() == null ? null : EmailAddress.parse(request.email()).orElse(null),
                    request.phone() == null ? null : UkPhoneNumber.parse(request.phone()).orElse(null),
                    LINK + token, release.expiresAt(), requests.languageOf(request.id())));
        }
    }

    /** The released PDF, for the team to print and post; the export is logged with it. */
    @Transactional
    Optional<byte[]> printCopy(DataRequest request, Accessor who) {
        var content = releases.latest(request.id()).flatMap(r -> files.open(r.pdfFileId()));
        if (content.isEmpty()) {
            return Optional.empty();
        }
        log.export(who, PrivacyRecordKind.REQUEST, request.reference(), Map.of("file", "answer.pdf", "why", "print"));
        try (var in = content.get()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
