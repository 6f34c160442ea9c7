package org.bluelamp.privacy.request;

import org.bluelamp.privacy.PrivacyRecordKind;
import org.bluelamp.platform.ForceProperties;
import org.bluelamp.platform.files.DeleteAfterCommit;
import org.bluelamp.platform.files.FileScans;
import org.bluelamp.platform.files.FileStore;
import org.bluelamp.platform.files.ScanState;
import org.bluelamp.platform.language.LanguageTexts;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.platform.personaldata.Accessor;
import org.bluelamp.platform.personaldata.Subject;
import org.bluelamp.privacy.answer.Disclosure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The data protection team's work on a request. Every read of a request, its proof of identity or what was found is
 * written to the access log in the same transaction; every change goes on the request's timeline.
 */
@Service
class DataRequestWork {

    private final DataRequests requests;
    private final RequestItems items;
    private final Withholdings withholdings;
    private final Releases releases;
    private final SubjectSearch search;
    private final DueDates dueDates;
    private final FileStore files;
    private final FileScans scans;
    private final DeleteAfterCommit deleteAfterCommit;
    private final AccessLog log;
    private final ForceProperties force;
    private final LanguageTexts languageTexts;
    private final Clock clock;

    DataRequestWork(DataRequests requests, RequestItems items, Withholdings withholdings, Releases releases,
                    SubjectSearch search, DueDates dueDates, FileStore files, FileScans scans,
                    DeleteAfterCommit deleteAfterCommit, AccessLog log, ForceProperties force,
                    LanguageTexts languageTexts, Clock clock) {
        this.requests = requests;
        this.items = items;
        this.withholdings = withholdings;
        this.releases = releases;
        this.search = search;
        this.dueDates = dueDates;
        this.files = files;
        this.scans = scans;
        this.deleteAfterCommit = deleteAfterCommit;
        this.log = log;
        this.force = force;
        this.languageTexts = languageTexts;
        this.clock = clock;
    }

    /** The list, which shows requesters' names: logged as one read of the list. */
    @Transactional
    List<DataRequest> all(Accessor who) {
        log.read(who, PrivacyRecordKind.REQUEST, null, Map.of("page", "list"));
        return requests.all();
    }

    @Transactional
    Optional<RequestView> read(String reference, Accessor who, String page) {
        var found = requests.byReference(reference);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var request = found.get();
        log.read(who, PrivacyRecordKind.REQUEST, reference, Map.of("page", page));
        return Optional.of(new RequestView(request, requests.timeline(request.id()), items.all(request.id()),
                withholdings.redactions(request.id()), withholdings.refusals(request.id()), releases.of(request.id()),
                request.identityFileId() == null ? ScanState.OFF : scans.stateOf(request.identityFileId())));
    }

    /** The uploaded proof of identity, read and logged together. */
    @Transactional
    Optional<IdentityFile> identityProof(String reference, Accessor who) {
        var request = requests.byReference(reference).filter(r -> r.identityFileId() != null);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        var r = request.get();
        scans.requireOpenable(r.identityFileId()); // not yet scanned for viruses, or removed for holding one
        var content = files.open(r.identityFileId());
        if (content.isEmpty()) {
            return Optional.empty();
        }
        // Not the file's name: the requester chose it, often their own name, and the log outlives the request.
        log.read(who, PrivacyRecordKind.IDENTITY_PROOF, reference, Map.of("page", "identity-proof"));
        try (var in = content.get()) {
            return Optional.of(new IdentityFile(in.readAllBytes(), r.identityFileType(), r.identityFileName()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    record IdentityFile(byte[] content, String type, String name) {
    }

    /**
     * The team has checked who the requester is: the clock runs from the day the proof was received, and the
     * uploaded proof is deleted, as it is needed no longer.
     */
    @Transactional
    void recordIdentity(DataRequest request, Accessor who, String method, String note, LocalDate receivedOn) {
        LocalDate dueOn = dueDates.dueFrom(receivedOn);
        requests.identityChecked(request.id(), who.username(), method, note, receivedOn, dueOn);
        if (request.identityFileId() != null) {
            deleteAfterCommit.delete(List.of(request.identityFileId())); // once the check is recorded
        }
        var detail = new LinkedHashMap<String, String>();
        detail.put("method", method);
        detail.put("receivedOn", receivedOn.toString());
        detail.put("due", dueOn.toString());
        if (request.identityFileId() != null) {
            detail.put("proofDeleted", "yes");
        }
        requests.addToTimeline(request.id(), who.username(), "identity-checked", detail);
    }

    @Transactional
    int search(DataRequest request, Subject subject, Accessor who) {
        return search.search(request, subject, who);
    }

    @Transactional
    void choose(DataRequest request, Set<String> keys, Accessor who) {
        int chosen = items.choose(request.id(), keys);
        requests.addToTimeline(request.id(), who.username(), "scope-changed", Map.of("inScope", Integer.toString(chosen)));
    }

    @Transactional
    void redact(DataRequest request, String text, LegalReason reason, Accessor who) {
        withholdings.redact(request.id(), text, reason, who.username());
        requests.addToTimeline(request.id(), who.username(), "redaction-added",
                Map.of("text", text, "reason", reason.code()));
    }

    @Transactional
    void unredact(DataRequest request, UUID redactionId, Accessor who) {
        withholdings.unredact(request.id(), redactionId).ifPresent(text -> requests.addToTimeline(request.id(),
                who.username(), "redaction-removed", Map.of("text", text)));
    }

    /**
     * Refuses the request in whole (the answer then says only that, and why) or in part (the rest is answered). A
     * whole refusal the team does not describe is "the whole request", stored in the words of the request's language
     * because the answer shows it to the person.
     */
    @Transactional
    void refuse(DataRequest request, boolean whole, String what, LegalReason reason, String note, Accessor who) {
        if (whole && (what == null || what.isBlank())) {
            what = languageTexts.texts(requests.languageOf(request.id())).t("privacy.answer.whole-request");
        }
        withholdings.refuse(request.id(), whole, what, reason, note, who.username());
        if (whole) {
            requests.refused(request.id());
        }
        requests.addToTimeline(request.id(), who.username(), whole ? "refused" : "refused-in-part",
                Map.of("what", what, "reason", reason.code()));
    }

    /** The answer as it stands, for the preview and the release, in the language the request was made in. */
    Disclosure disclosure(DataRequest request) {
        var refused = requests.byId(request.id()).map(DataRequest::refusedInWhole).orElse(false);
        var language = requests.languageOf(request.id());
        return AnswerBuilder.build(request, language, languageTexts.texts(language), force.in(language).name(),
                clock.instant(),
                refused ? List.of() : items.inScope(request.id()),
                withholdings.redactions(request.id()), withholdings.refusals(request.id()));
    }
}
