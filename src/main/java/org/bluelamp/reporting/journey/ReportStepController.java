package org.bluelamp.reporting.journey;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.platform.FileSizes;
import org.bluelamp.reporting.question.FormValues;
import org.bluelamp.reporting.question.ParseContext;
import org.bluelamp.reporting.question.QuestionTypes;
import org.bluelamp.reporting.upload.DraftFiles;
import org.bluelamp.reporting.upload.UploadReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Shows one question and saves its answer. Which page comes next is the definition's business (see
 * {@link Journey}); a change from "Check your answers" returns there once nothing new needs answering.
 */
@Controller
class ReportStepController {

    private static final String UPLOAD = "upload";

    private final CurrentDraft current;
    private final Drafts drafts;
    private final QuestionTypes types;
    private final UploadReader uploads;
    private final DraftFiles files;
    private final Clock clock;

    ReportStepController(CurrentDraft current, Drafts drafts, QuestionTypes types, UploadReader uploads,
                         DraftFiles files, Clock clock) {
        this.current = current;
        this.drafts = drafts;
        this.types = types;
        this.uploads = uploads;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping("/report/{serviceId}/{questionId}")
    String show(@PathVariable String serviceId, @PathVariable String questionId,
                @RequestParam(required = false) String change, @RequestParam(required = false) String entry,
                Frame frame, HttpServletRequest request, Model model) {
        var open = current.open(serviceId, request);
        var question = open.visitable(questionId);
        var type = types.of(question);
        var form = entry != null ? type.entryForm(question, saved(open, question), entry)
                : type.toForm(question, saved(open, question));
        model.addAttribute("page", page(open, question, saved(open, question), form, FormErrors.NONE, change != null,
                entry, frame));
        return "reporting/question";
    }

    @PostMapping("/report/{serviceId}/{questionId}")
    String answer(@PathVariable String serviceId, @PathVariable String questionId,
                  @RequestParam(required = false) String change, @RequestParam(required = false) String entry,
                  Frame frame, HttpServletRequest request, Model model) {
        var open = current.open(serviceId, request);
        var question = open.visitable(questionId);
        if (types.of(question).endsJourney()) {
            return JourneyPaths.redirect(serviceId, question.id());
        }
        var form = FormValues.of(request.getParameterMap());
        var received = UPLOAD.equals(question.type()) ? uploads.read(filesSent(request, question))
                : new UploadReader.Received(List.of(), Map.of());
        var now = LocalDateTime.now(clock.withZone(LondonTime.ZONE));
        var context = new ParseContext(frame, now, received.files(), uploads.maxSize());
        var saved = saved(open, question);
        var parsed = types.of(question).parse(question, form, saved, context);
        if (!parsed.valid()) {
            var shown = parsed.keepsAnything() ? save(open, question, saved, parsed.answer(), received, question.id())
                    : saved;
            model.addAttribute("page", page(open, question, shown, form, parsed.errors(), change != null, entry, frame));
            return "reporting/question";
        }
        var next = parsed.stay() ? question.id() : nextPage(open.journey(), question,
                open.journey().prune(withAnswer(open, question, parsed.answer())), change != null);
        save(open, question, saved, parsed.answer(), received, next);
        // A change that opens a new question keeps "changing" so that, once answered, it returns to check answers.
        String suffix = change != null && !next.equals(JourneyPaths.CHECK_ANSWERS) ? "?change=true" : "";
        return JourneyPaths.redirect(serviceId, next) + suffix;
    }

    private static List<MultipartFile> filesSent(HttpServletRequest request, Question question) {
        var multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        return multipart == null ? List.of() : multipart.getFiles(question.id());
    }

    /** Saves the answer and the page to resume at, keeping and deleting files to match; gives the answer back. */
    private Map<String, Object> save(OpenDraft open, Question question, Map<String, Object> saved,
                                     Map<String, Object> answer, UploadReader.Received received, String resumeAt) {
        keepFiles(open, question, saved, answer, received);
        drafts.save(open.draft().id(), open.service().version(), open.journey().prune(withAnswer(open, question, answer)),
                resumeAt);
        return answer;
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

    private QuestionPage page(OpenDraft open, Question question, Map<String, Object> answer, FormValues form,
                              FormErrors errors, boolean changing, String entry, Frame frame) {
        String serviceId = open.service().id();
        String back = changing ? JourneyPaths.page(serviceId, JourneyPaths.CHECK_ANSWERS)
                : open.journey().before(question, open.answers()).map(q -> JourneyPaths.page(serviceId, q.id()))
                .orElse(JourneyPaths.start(serviceId));
        String action = JourneyPaths.page(serviceId, question.id()) + (changing ? "?change=true" : "");
        var added = types.of(question).added(question, answer);
        String editing = added.stream().anyMatch(e -> e.key().equals(entry)) ? entry : null;
        boolean upload = UPLOAD.equals(question.type());
        return new QuestionPage(open.service(), question, form, errors, added, editing, action, back,
                upload ? QuestionTypes.acceptedFiles(question, frame) : null,
                upload ? FileSizes.describe(uploads.maxSize()) : null);
    }
}
