package org.bluelamp.reporting.journey;

import org.bluelamp.platform.ForceProperties;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.LanguageTexts;
import org.bluelamp.platform.limits.Client;
import org.bluelamp.platform.limits.LimitReached;
import org.bluelamp.platform.limits.LimitedAction;
import org.bluelamp.platform.limits.RateLimits;
import org.bluelamp.platform.limits.Recipient;
import org.bluelamp.reporting.Channel;
import org.bluelamp.reporting.Priority;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.ReportSubmitted;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.SubmittedReport;
import org.bluelamp.reporting.SubmittedReport.AnsweredQuestion;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.question.QuestionTypes;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.upload.DraftFiles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns a finished draft into a report in one transaction: the report, its reference and the
 * {@link ReportSubmitted} event (stored in the outbox) commit together or not at all. A draft already sent
 * gives back its first reference, so a double click or a resubmission never makes a second report. A call logged
 * by staff goes the same way, with its channel and times, and ends when it is saved.
 */
@Service
class ReportSubmission {

    private static final int REFERENCE_ATTEMPTS = 10;

    private final Drafts drafts;
    private final Reports reports;
    private final QuestionTypes types;
    private final DraftFiles files;
    private final ApplicationEventPublisher events;
    private final ForceProperties force;
    private final RateLimits limits;
    private final Clock clock;
    private final SubmissionCounter counter;
    private final ServiceCatalogue catalogue;
    private final LanguageTexts english;
    private final SecureRandom random = new SecureRandom();

    ReportSubmission(Drafts drafts, Reports reports, QuestionTypes types, DraftFiles files,
                     ApplicationEventPublisher events, ForceProperties force, RateLimits limits, Clock clock,
                     SubmissionCounter counter, ServiceCatalogue catalogue, LanguageTexts english) {
        this.catalogue = catalogue;
        this.english = english;
        this.drafts = drafts;
        this.reports = reports;
        this.types = types;
        this.files = files;
        this.events = events;
        this.force = force;
        this.limits = limits;
        this.clock = clock;
        this.counter = counter;
    }

    /** A call logged by staff: no limits. The draft's reference; empty if the draft is gone or not yet complete. */
    @Transactional
    public Optional<Reference> submit(UUID draftId, ServiceDefinition service) {
        return submit(draftId, service, null, null);
    }

    /**
     * A report from the public, counted against the limits on its client and on the reporter's email and phone.
     * The draft's reference; empty if the draft is gone or not yet complete.
     *
     * @param language the language of the page it was sent from; a call is in the language the caller asked for
     * @throws LimitReached if one is reached: nothing is stored and the draft stays as it was, to send later
     */
    @Transactional
    public Optional<Reference> submit(UUID draftId, ServiceDefinition inLanguage, Client client, Language language) {
        // What is stored and what staff read is English, whatever language the report was written in.
        var service = catalogue.find(inLanguage.id()).orElse(inLanguage);
        var texts = english.texts(Language.ENGLISH);
        var draft = drafts.lock(draftId).orElse(null);
        if (draft == null) {
            return Optional.empty();
        }
        if (draft.submitted()) {
            return reports.referenceOf(draft.reportId());
        }
        var journey = new Journey(service, types);
        var answers = journey.prune(draft.answers());
        var call = draft.call();
        var missing = call == null ? journey.firstUnanswered(answers) : journey.firstToAskOnACall(answers);
        if (missing.isPresent()) {
            return Optional.empty();
        }
        var path = journey.path(answers).stream().filter(q -> !types.of(q).endsJourney()).toList();
        var summary = summary(path, answers, texts);
        var particulars = ParticularsReader.read(path, answers, summary);
        var reporter = ReporterReader.read(path, answers, journey.anonymous(answers));
        var privateQuestions = path.stream().filter(Question::privateAnswer).map(Question::id).toList();
        if (client != null && call == null) {
            limit(service, reporter, client);
        }
        Instant now = clock.instant();
        var reportId = UUID.randomUUID();
        var channel = call != null ? call.channel() : Channel.fromCode(service.channel()).orElseThrow();
        var reportLanguage = call != null ? call.language() : language == null ? Language.ENGLISH : language;
        for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
            var reference = Reference.random(force.referencePrefix(), random);
            var report = new SubmittedReport(reportId, reference, service.title(), service.version(), now,
                    journey.anonymous(answers), summary, List.of());
            if (reports.insertIfReferenceFree(report, service.id(), answers, particulars,
                    new Reports.Extras(reporter, privateQuestions), channel, call, now, reportLanguage)) {
                drafts.markSubmitted(draftId, reportId);
                files.attach(draftId, reportId, answers.values().stream().flatMap(a -> QuestionTypes.fileIds(a).stream())
                        .collect(Collectors.toUnmodifiableSet()));
                var routing = service.routing();
                var priority = Priority.fromCode(routing.priority()).orElseThrow();
                events.publishEvent(call == null
                        ? new ReportSubmitted(reportId, reference, service.id(), service.title(), now,
                        routing.queue(), priority, routing.crimeDecision(), channel.code(), null, null, null, null, null,
                        reportLanguage)
                        : new ReportSubmitted(reportId, reference, service.id(), service.title(), now,
                        routing.queue(), priority, routing.crimeDecision(), call.channel().code(), call.startedAt(),
                        now, call.loggedBy(), call.interpreter(), call.relayCallId(), reportLanguage, call.chatId()));
                counter.submitted(service.id(), channel);
                return Optional.of(reference);
            }
        }
        throw new IllegalStateException("No free reference after " + REFERENCE_ATTEMPTS + " attempts");
    }

    /**
     * A sent report's answers in the words of a definition in another language, for the reporter's printable copy:
     * the stored summary is English, the answers (values and typed text) are the same in every language.
     */
    List<AnsweredQuestion> summary(ServiceDefinition inLanguage, Map<String, Map<String, Object>> answers,
                                   Texts texts) {
        var journey = new Journey(inLanguage, types);
        var sent = journey.prune(answers);
        return summary(journey.path(sent).stream().filter(q -> !types.of(q).endsJourney()).toList(), sent, texts);
    }

    private List<AnsweredQuestion> summary(List<Question> path, Map<String, Map<String, Object>> answers,
                                           Texts texts) {
        return path.stream().filter(q -> answers.containsKey(q.id()))
                .map(q -> new AnsweredQuestion(q.id(), q.summaryTitle(), types.summarise(q, answers.get(q.id()), texts)))
                .toList();
    }

    /** Counted in this transaction: a refused report rolls its counts back with it, a sent one keeps them. */
    private void limit(ServiceDefinition service, Reporter reporter, Client client) {
        var action = Channel.fromCode(service.channel()).filter(Channel.BSL_VIDEO_MESSAGE::equals).isPresent()
                ? LimitedAction.BSL_VIDEO_MESSAGE : LimitedAction.REPORT_SUBMISSION;
        var recipients = new ArrayList<Recipient>();
        reporter.emailAddress().map(Recipient::of).ifPresent(recipients::add);
        reporter.mobile().map(Recipient::of).ifPresent(recipients::add);
        try {
            limits.take(action, client, recipients);
        } catch (LimitReached refused) {
            throw refused.keptAt(JourneyPaths.page(service.id(), JourneyPaths.CHECK_ANSWERS));
        }
    }
}
