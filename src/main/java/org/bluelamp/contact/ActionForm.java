package org.bluelamp.contact;

import org.bluelamp.platform.form.FormInput;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Each action's form as a value: a record of its own fields, read and checked from what was sent by its
 * {@code read}. Reading collects the errors in the {@link FormInput}, field by field in the order the page shows
 * them; {@link ContactActionsController} does an action whose form read cleanly. A new action is a constant in
 * {@link ContactAction}, a record here, a template in {@code contact/actions/} and its messages: the compiler points
 * at {@link #read} and at the controller's switch until both handle it.
 */
sealed interface ActionForm {

    /** The longest text a box takes. */
    int LONG_TEXT = 2000;
    /** A contact's reference and then some: more than this is not one. */
    int REFERENCE_TEXT = 40;
    /** How staff were in touch with the reporter (messages: how.*). */
    List<String> HOW = List.of("phone", "email", "in-person", "text-message", "video-relay");

    /** What a form's choices are checked against. */
    record Options(ContactChoices choices, Supplier<List<String>> officers) {

        List<String> categories() {
            return choices.incidentCategories().values().stream().flatMap(List::stream).toList();
        }
    }

    /** The action's form as sent; valid only if {@code form} has no errors after it. */
    static ActionForm read(ContactAction action, FormInput form, Options options) {
        return switch (action) {
            case CONTACT_REPORTER -> ContactReporter.read(form);
            case ASSESS -> Assess.read(form, options);
            case CRIME_DECISION -> CrimeDecision.read(form, options);
            case REQUEST_INFORMATION -> RequestInformation.read(form);
            case RECORD_ANSWER -> RecordAnswer.read(form);
            case ALLOCATE -> Allocate.read(form, options);
            case AGREE_UPDATES -> AgreeUpdates.read(form);
            case LINK -> Link.read(form);
            case REFER -> Refer.read(form, options);
            case FILE -> File.read(form, options);
            case CLOSE -> Close.read(form, options);
            case REOPEN -> Reopen.read(form);
            case REPLY -> Reply.read(form);
            case EVIDENCE_LINK -> EvidenceLink.read(form);
        };
    }

    record ContactReporter(String how, String note) implements ActionForm {
        static ContactReporter read(FormInput form) {
            return new ContactReporter(form.choice("how", HOW, "action.contact-reporter.how.required"),
                    form.text("note", LONG_TEXT, "action.contact-reporter.note.required"));
        }
    }

    /** THRIVE: the six parts in words, then the vulnerabilities, risk, grading and category chosen. */
    record Assess(String threat, String harm, String risk, String investigation, String vulnerability,
                  String engagement, List<Vulnerability> vulnerabilities, Risk riskLevel, Grading grading,
                  String openingCategory) implements ActionForm {
        static Assess read(FormInput form, Options options) {
            return new Assess(form.text("threat", LONG_TEXT, "action.assess.threat.required"),
                    form.text("harm", LONG_TEXT, "action.assess.harm.required"),
                    form.text("risk", LONG_TEXT, "action.assess.risk.required"),
                    form.text("investigation", LONG_TEXT, "action.assess.investigation.required"),
                    form.text("vulnerability", LONG_TEXT, "action.assess.vulnerability.required"),
                    form.text("engagement", LONG_TEXT, "action.assess.engagement.required"),
                    form.choices("vulnerabilities", Arrays.stream(Vulnerability.values()).map(Vulnerability::code)
                            .toList()).stream().map(code -> Vulnerability.fromCode(code).orElseThrow()).toList(),
                    Risk.fromCode(form.choice("riskLevel", Arrays.stream(Risk.values()).map(Risk::code).toList(),
                            "action.assess.risk-level.required")).orElse(null),
                    Grading.fromCode(form.choice("grading", Arrays.stream(Grading.values()).map(Grading::code)
                            .toList(), "action.assess.grading.required")).orElse(null),
                    form.choice("openingCategory", options.categories(), "action.assess.category.required"));
        }
    }

    /** Recorded as a crime, with its classification, or not a crime, with the reason. */
    record CrimeDecision(boolean recorded, ContactChoices.Classification classification, String reason)
            implements ActionForm {
        static CrimeDecision read(FormInput form, Options options) {
            String decision = form.choice("decision", List.of("recorded", "not-a-crime"),
                    "action.crime-decision.required");
            boolean recorded = "recorded".equals(decision);
            var classification = recorded ? form.choice("classification", options.choices().crimeClassifications()
                    .stream().map(ContactChoices.Classification::code).toList(),
                    "action.crime-decision.classification.required") : null;
            String reason = "not-a-crime".equals(decision)
                    ? form.text("reason", LONG_TEXT, "action.crime-decision.reason.required") : null;
            return new CrimeDecision(recorded,
                    classification == null ? null : options.choices().classification(classification).orElseThrow(),
                    reason);
        }
    }

    record RequestInformation(String question) implements ActionForm {
        static RequestInformation read(FormInput form) {
            return new RequestInformation(form.text("question", LONG_TEXT, "action.request-information.required"));
        }
    }

    /** @param request the question answered; null if what was sent is not an id (no such question, then) */
    record RecordAnswer(String answer, String how, UUID request) implements ActionForm {
        static RecordAnswer read(FormInput form) {
            return new RecordAnswer(form.text("answer", LONG_TEXT, "action.record-answer.required"),
                    form.choice("how", HOW, "action.record-answer.how.required"), uuid(form.raw("request")));
        }

        private static UUID uuid(String value) {
            try {
                return value.isEmpty() ? null : UUID.fromString(value);
            } catch (IllegalArgumentException notOne) {
                return null;
            }
        }
    }

    /** To a team, or to an officer (and so their team): at least one of them. */
    record Allocate(String team, String officer) implements ActionForm {
        static Allocate read(FormInput form, Options options) {
            String officer = form.optionalChoice("officer", options.officers().get());
            String team = form.optionalChoice("team", options.choices().teamCodes());
            if (officer == null && team == null) {
                form.fail("team", "action.allocate.required");
            }
            return new Allocate(team, officer);
        }
    }

    /** How often the reporter agreed to be updated, from the short list. */
    record AgreeUpdates(UpdateFrequency frequency) implements ActionForm {
        static AgreeUpdates read(FormInput form) {
            return new AgreeUpdates(UpdateFrequency.fromCode(form.choice("frequency", UpdateFrequency.codes(),
                    "action.agree-updates.required")).orElse(null));
        }
    }

    /** @param reference as typed: whether it is a contact this member of staff can see is the action's to check */
    record Link(String kind, String reference) implements ActionForm {
        static Link read(FormInput form) {
            return new Link(form.choice("kind", List.of("related", "duplicate"), "action.link.kind.required"),
                    form.line("reference", REFERENCE_TEXT, "action.link.reference.required"));
        }
    }

    record Refer(String organisation, String reason) implements ActionForm {
        static Refer read(FormInput form, Options options) {
            return new Refer(form.choice("organisation", options.choices().referralOrganisations(),
                    "action.refer.organisation.required"),
                    form.text("reason", LONG_TEXT, "action.refer.reason.required"));
        }
    }

    /** Filed for information, with a note (its field is "outcome", as on the closing form). */
    record File(String note, String closingCategory) implements ActionForm {
        static File read(FormInput form, Options options) {
            return new File(form.text("outcome", LONG_TEXT, "action.file.required"),
                    form.choice("closingCategory", options.categories(), "action.close.category.required"));
        }
    }

    record Close(String outcome, String closingCategory) implements ActionForm {
        static Close read(FormInput form, Options options) {
            return new Close(form.text("outcome", LONG_TEXT, "action.close.required"),
                    form.choice("closingCategory", options.categories(), "action.close.category.required"));
        }
    }

    /** A reply to the reporter's messages, which they read on "Check your report". */
    record Reply(String message) implements ActionForm {
        static Reply read(FormInput form) {
            return new Reply(form.text("message", LONG_TEXT, "action.reply.required"));
        }
    }

    /** @param note what is wanted, shown to the person after the code step; null for nothing */
    record EvidenceLink(String note) implements ActionForm {
        static EvidenceLink read(FormInput form) {
            return new EvidenceLink(form.optionalText("note", EvidenceLinks.LONGEST_NOTE));
        }
    }

    record Reopen(String reason) implements ActionForm {
        static Reopen read(FormInput form) {
            return new Reopen(form.text("reason", LONG_TEXT, "action.reopen.required"));
        }
    }
}
