package org.bluelamp.reporting.journey;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.ContactPreference;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.SafeToContact;
import org.bluelamp.reporting.definition.AnswerRole;
import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.question.InputIds;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the way a person asked us to contact them can reach them with the details they gave: a phone call needs a
 * phone number, a text a mobile number, an email an email address. A mismatch is an error on the page just answered
 * (the preferred-contact question, or the contact details when they come second), so the confirmation never promises
 * what we cannot do. Every definition and the staff call screens get it, through {@link QuestionEngine}.
 */
final class ContactDetailsCheck {

    private ContactDetailsCheck() {
    }

    static Optional<ErrorMessage> check(Journey journey, Question answered, Map<String, Map<String, Object>> answers,
                                        Texts texts) {
        var path = journey.path(answers);
        var preferenceQuestion = path.stream().filter(q -> role(q) == AnswerRole.PREFERRED_CONTACT).findFirst();
        var details = path.stream().filter(ContactDetailsCheck::holdsDetails).toList();
        if (preferenceQuestion.isEmpty() || details.isEmpty()
                || !answers.containsKey(preferenceQuestion.get().id())
                || details.stream().noneMatch(q -> answers.containsKey(q.id()))) {
            return Optional.empty();
        }
        boolean onPreference = answered.id().equals(preferenceQuestion.get().id());
        if (!onPreference && !details.contains(answered)) {
            return Optional.empty();
        }
        Reporter reporter = ReporterReader.read(path, answers, journey.anonymous(answers));
        if (reporter.anonymous() || reporter.safety() == SafeToContact.NOT_SAFE || reporter.preference() == null) {
            return Optional.empty();
        }
        return missing(reporter).map(needed -> onPreference
                ? new ErrorMessage(answered.id(), texts.t("contact-details.choose-another." + needed))
                : new ErrorMessage(inputFor(answered, needed), texts.t("contact-details.enter." + needed,
                        texts.t("contact-details.preference." + reporter.preference().code()))));
    }

    /** What the chosen way needs that was not given: "email", "mobile" or "phone". */
    static Optional<String> missing(Reporter reporter) {
        ContactPreference preference = reporter.preference();
        boolean wantsEmail = preference == ContactPreference.EMAIL || preference == ContactPreference.EMAIL_AND_TEXT;
        boolean wantsText = preference == ContactPreference.TEXT || preference == ContactPreference.EMAIL_AND_TEXT;
        if (wantsEmail && reporter.email() == null) {
            return Optional.of("email");
        }
        if (wantsText && reporter.mobile().isEmpty()) {
            return Optional.of("mobile");
        }
        if (preference == ContactPreference.PHONE && reporter.phone() == null) {
            return Optional.of("phone");
        }
        return Optional.empty();
    }

    private static String inputFor(Question details, String needed) {
        AnswerRole wanted = "email".equals(needed) ? AnswerRole.REPORTER_EMAIL : AnswerRole.REPORTER_PHONE;
        return details.fields().stream().filter(f -> AnswerRole.fromCode(f.role()).orElse(null) == wanted)
                .findFirst().map(f -> InputIds.part(details.id(), f.id()))
                .orElseGet(() -> InputIds.part(details.id(), details.fields().getFirst().id()));
    }

    private static boolean holdsDetails(Question question) {
        List<Field> fields = question.fields();
        return fields.stream().map(f -> AnswerRole.fromCode(f.role()).orElse(null))
                .anyMatch(r -> r == AnswerRole.REPORTER_EMAIL || r == AnswerRole.REPORTER_PHONE);
    }

    private static AnswerRole role(Question question) {
        return AnswerRole.fromCode(question.role()).orElse(null);
    }
}
