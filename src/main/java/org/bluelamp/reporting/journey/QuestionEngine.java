package org.bluelamp.reporting.journey;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FileSizes;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.files.ScanState;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.question.FormValues;
import org.bluelamp.reporting.question.ParseContext;
import org.bluelamp.reporting.question.QuestionTypes;
import org.bluelamp.reporting.upload.DraftFiles;
import org.bluelamp.reporting.upload.FileContent;
import org.bluelamp.reporting.upload.ReceivedFile;
import org.bluelamp.reporting.upload.UploadPart;
import org.bluelamp.reporting.upload.UploadReader;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The question engine that the public pages and the staff screens share: it reads and checks an answer, keeps the
 * files the answer holds and deletes those it no longer holds, saves the answer to the draft, and says which
 * question comes next. Nothing here knows about HTTP: controllers turn requests into its inputs and its outcomes
 * into pages. Public forms that are not reports (asking for your data) have their own engine, {@link FormEngine}.
 */
@Component
public class QuestionEngine {

    private static final String UPLOAD = "upload";

    private final Drafts drafts;
    private final QuestionTypes types;
    private final UploadReader uploads;
    private final DraftFiles files;
    private final ServiceCatalogue catalogue;
    private final ReportSubmission submission;
    private final Reports reports;
    private final Clock clock;

    QuestionEngine(Drafts drafts, QuestionTypes types, UploadReader uploads, DraftFiles files,
                   ServiceCatalogue catalogue, ReportSubmission submission, Reports reports, Clock clock) {
        this.drafts = drafts;
        this.types = types;
        this.uploads = uploads;
        this.files = files;
        this.catalogue = catalogue;
        this.submission = submission;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * What answering one question came to.
     *
     * @param draft  the draft as it is now, with the answer if one was saved
     * @param answer the question's answer to show: the one saved, or the one before when nothing could be saved
     * @param errors what must be fixed; none when the answer was saved
     * @param next   the id of the question to go to, the same one to stay, or {@link JourneyPaths#CHECK_ANSWERS}
     */
    public record Outcome(OpenDraft draft, Map<String, Object> answer, FormErrors errors, String next) {

        public boolean valid() {
            return errors.isEmpty();
        }

        /** Whether every question that applies is answered, so "Check your answers" comes next. */
        public boolean allAnswered() {
            return JourneyPaths.CHECK_ANSWERS.equals(next);
        }
    }

    /** A question and the lines its answer reads as, for "Check your answers" and the staff summary. */
    public record Summary(Question question, List<String> lines) {
    }

    /**
     * Reads and checks the answer to a question, saves it with its files, and chooses what comes next. While
     * {@code changing} from "Check your answers", the next question is the first still unanswered.
     */
    public Outcome answer(OpenDraft open, Question question, FormValues form, List<UploadPart> parts, Texts texts,
                          boolean changing) {
        var received = UPLOAD.equals(question.type()) ? uploads.read(parts, QuestionTypes.acceptsVideo(question),
                QuestionTypes.acceptsPhotos(question),
                QuestionTypes.maxFiles(question))
                : new UploadReader.Received(List.of(), Map.of());
        var now = LocalDateTime.now(clock.withZone(LondonTime.ZONE));
        var context = new ParseContext(texts, now, received.files(), maxFileSize(question), uploads.maxSize());
        var saved = saved(open, question);
        var parsed = types.of(question).parse(question, form, saved, context);
        if (!parsed.valid()) {
            if (!parsed.keepsAnything()) {
                return new Outcome(open, saved, parsed.errors(), question.id());
            }
            var kept = save(open, question, saved, parsed.answer(), received, question.id());
            return new Outcome(kept, parsed.answer(), parsed.errors(), question.id());
        }
        var mismatch = ContactDetailsCheck.check(open.journey(), question,
                open.journey().prune(withAnswer(open, question, parsed.answer())), texts);
        if (mismatch.isPresent()) {
            return new Outcome(open, parsed.answer(), FormErrors.of(mismatch.get()), question.id());
        }
        var next = parsed.stay() ? question.id() : nextPage(open.journey(), question,
                open.journey().prune(withAnswer(open, question, parsed.answer())), changing);
        return new Outcome(save(open, question, saved, parsed.answer(), received, next), parsed.answer(),
                FormErrors.NONE, next);
    }

    /** Starts a draft of a call a member of staff is logging; only they may open it. */
    public OpenDraft startCall(ServiceDefinition service, CallDetails call) {
        var draft = drafts.startCall(service.id(), service.version(), call, service.questions().getFirst().id());
        return open(service, draft);
    }

    /** A call's draft, sent or not, if this member of staff started it; to anyone else it does not exist. */
    public Optional<OpenDraft> openCall(UUID draftId, String staffUsername) {
        return drafts.findCall(draftId, staffUsername)
                .flatMap(draft -> catalogue.find(draft.serviceId()).map(service -> open(service, draft)));
    }

    /** The call's details: channel, start and who is logging it; empty for a member of the public's draft. */
    public Optional<CallDetails> call(OpenDraft open) {
        return Optional.ofNullable(open.draft().call());
    }

    /**
     * Saves a finished call as a report through the same submission as the public's: one transaction, a reference,
     * the same one again on a second attempt. The call ends now. Empty while a question is still to be asked.
     */
    public Optional<Reference> finishCall(OpenDraft open) {
        return submission.submit(open.id(), open.service());
    }

    /** The reference of a draft that has been sent. */
    public Optional<Reference> referenceOf(OpenDraft open) {
        return open.submitted() ? reports.referenceOf(open.draft().reportId()) : Optional.empty();
    }

    /** Whether the question applies to the draft's answers as they are now. */
    public boolean applies(OpenDraft open, Question question) {
        return open.journey().applies(question, open.answers());
    }

    /** The first question still to ask on a call: signposts are passed, since the handler is warned of them. */
    public Optional<Question> firstToAskOnACall(OpenDraft open) {
        return open.journey().firstToAskOnACall(open.answers());
    }

    /** Whether the question is advice that ends the journey (a signpost) rather than something to answer. */
    public boolean endsJourney(Question question) {
        return types.of(question).endsJourney();
    }

    /** The questions that apply to the draft's answers, in order. */
    public List<Question> path(OpenDraft open) {
        return open.journey().path(open.answers());
    }

    public Optional<Question> nextQuestion(OpenDraft open, Question after) {
        return open.journey().after(after, open.answers());
    }

    public Optional<Question> firstUnanswered(OpenDraft open) {
        return open.journey().firstUnanswered(open.answers());
    }

    /** Every question that applies with the lines its answer reads as; an optional one left blank is "Not given". */
    public List<Summary> summary(OpenDraft open, Texts texts) {
        var answers = open.answers();
        return path(open).stream().filter(q -> answers.containsKey(q.id()))
                .map(q -> new Summary(q, types.summarise(q, answers.get(q.id()), texts))).toList();
    }

    /**
     * What a question shows: {@code form} is what was just typed, or null for the saved answer (or, with
     * {@code entry}, one entry of a list to change). {@code heading} says whether the question is the page's heading.
     */
    public QuestionPage page(OpenDraft open, Question question, FormValues form, FormErrors errors, String entry,
                             String action, String backUrl, Texts texts, boolean heading) {
        var type = types.of(question);
        var answer = saved(open, question);
        var shown = form != null ? form
                : entry != null ? type.entryForm(question, answer, entry) : type.toForm(question, answer);
        var added = type.added(question, answer, texts);
        String editing = added.stream().anyMatch(e -> e.key().equals(entry)) ? entry : null;
        boolean upload = UPLOAD.equals(question.type());
        return new QuestionPage(open.service(), question, shown, errors, added, editing, action, backUrl,
                upload ? QuestionTypes.acceptedFiles(question, texts) : null,
                upload ? FileSizes.describe(maxFileSize(question), texts) : null, heading);
    }

    /**
     * What a form of several questions, answered at once and stored at once rather than saved to a draft, came to:
     * each question's answer, the errors to show, and the files read and checked (not yet kept).
     */
    public record Checked(Map<String, Map<String, Object>> answers, FormErrors errors, UploadReader.Received files) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * Reads and checks answers to several questions sent in one form, with no draft: adding information to a sent
     * report. Each question is read by its type as on a journey, files with the same checks; nothing is kept.
     *
     * @param parts the files sent for each question's input, by question id
     */
    public Checked check(List<Question> questions, FormValues form, Function<String, List<UploadPart>> parts,
                         Texts texts) {
        var now = LocalDateTime.now(clock.withZone(LondonTime.ZONE));
        var answers = new LinkedHashMap<String, Map<String, Object>>();
        var errors = new ArrayList<ErrorMessage>();
        var files = new ArrayList<ReceivedFile>();
        var contents = new HashMap<UUID, FileContent>();
        var scans = new HashMap<UUID, ScanState>();
        for (Question question : questions) {
            var received = UPLOAD.equals(question.type())
                    ? uploads.read(parts.apply(question.id()), QuestionTypes.acceptsVideo(question),
                QuestionTypes.acceptsPhotos(question),
                            QuestionTypes.maxFiles(question))
                    : new UploadReader.Received(List.of(), Map.of());
            var parsed = types.of(question).parse(question, form, Map.of(),
                    new ParseContext(texts, now, received.files(), maxFileSize(question), uploads.maxSize()));
            errors.addAll(parsed.errors().all());
            if (parsed.valid()) {
                answers.put(question.id(), parsed.answer());
                files.addAll(received.files());
                contents.putAll(received.contents());
                scans.putAll(received.scans());
            }
        }
        return new Checked(answers, new FormErrors(errors), new UploadReader.Received(files, contents, scans));
    }

    /** A question of a form with no draft (see {@link #check}), under the form's heading; {@code form} may be null. */
    public QuestionPage page(ServiceDefinition service, Question question, FormValues form, FormErrors errors,
                             String action, Texts texts) {
        boolean upload = UPLOAD.equals(question.type());
        return new QuestionPage(service, question, form == null ? FormValues.EMPTY : form, errors, List.of(), null,
                action, null, upload ? QuestionTypes.acceptedFiles(question, texts) : null,
                upload ? FileSizes.describe(maxFileSize(question), texts) : null, false);
    }

    /** The largest file an upload question takes, in bytes. */
    public long maxFileSize() {
        return uploads.maxSize();
    }

    /** The largest file this upload question takes, in bytes: video has a larger limit. */
    public long maxFileSize(Question question) {
        return uploads.maxSize(QuestionTypes.acceptsVideo(question));
    }

    /**
     * The hint that says which files an upload question takes and how large: for one that takes photos or documents
     * and video, each with its own limit.
     */
    public String uploadHint(Question question, Texts texts) {
        if (QuestionTypes.acceptsVideo(question) && QuestionTypes.acceptsPhotos(question)) {
            return texts.t("upload.hint.with-video", QuestionTypes.acceptedPhotos(question, texts),
                    FileSizes.describe(uploads.maxSize(), texts), QuestionTypes.acceptedVideos(question, texts),
                    FileSizes.describe(uploads.maxSize(true), texts));
        }
        return texts.t(QuestionTypes.takesVideo(question) ? "upload.hint.video" : "upload.hint",
                QuestionTypes.acceptedFiles(question, texts), FileSizes.describe(maxFileSize(question), texts));
    }

    private OpenDraft open(ServiceDefinition service, Draft draft) {
        var journey = new Journey(service, types);
        return new OpenDraft(service, draft, journey, journey.prune(draft.answers()));
    }

    /** Saves the answer and the page to resume at, keeping and deleting files to match. */
    private OpenDraft save(OpenDraft open, Question question, Map<String, Object> saved, Map<String, Object> answer,
                           UploadReader.Received received, String resumeAt) {
        keepFiles(open, question, saved, answer, received);
        var answers = open.journey().prune(withAnswer(open, question, answer));
        drafts.save(open.draft().id(), open.service().version(), answers, resumeAt);
        return open.with(answers, resumeAt);
    }

    private static Map<String, Map<String, Object>> withAnswer(OpenDraft open, Question question,
                                                               Map<String, Object> answer) {
        var updated = new HashMap<>(open.answers());
        updated.put(question.id(), answer);
        return updated;
    }

    /** Keeps files just added to the answer and deletes those taken out of it. */
    private void keepFiles(OpenDraft open, Question question, Map<String, Object> saved, Map<String, Object> answer,
                           UploadReader.Received received) {
        var now = QuestionTypes.fileIds(answer);
        var removed = new HashSet<>(QuestionTypes.fileIds(saved));
        removed.removeAll(now);
        files.keep(open.draft().id(), question.id(), received, now);
        files.discard(open.draft().id(), removed);
    }

    private static Map<String, Object> saved(OpenDraft open, Question question) {
        return open.answers().getOrDefault(question.id(), Map.of());
    }

    private static String nextPage(Journey journey, Question question, Map<String, Map<String, Object>> answers,
                                   boolean changing) {
        if (changing) {
            return journey.firstUnanswered(answers).map(Question::id).orElse(JourneyPaths.CHECK_ANSWERS);
        }
        return journey.after(question, answers).map(Question::id).orElse(JourneyPaths.CHECK_ANSWERS);
    }
}
