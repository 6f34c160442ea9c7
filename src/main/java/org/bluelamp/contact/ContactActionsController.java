package org.bluelamp.contact;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.reporting.Reference;
import org.bluelamp.staff.Permission;
import org.bluelamp.staff.StaffMember;
import org.bluelamp.staff.StaffMembers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The form for each action on a contact, and its sending: the values are checked here, then {@link ContactWork}
 * does it. An error shows the form again with everything typed still in it.
 */
@Controller
class ContactActionsController {

    static final int LONG_TEXT = 2000;
    static final int SHORT_TEXT = 500;
    private static final List<String> HOW = List.of("phone", "email", "in-person", "text-message", "video-relay");
    private static final List<String> LINK_KINDS = List.of("related", "duplicate");

    private final ContactReading reading;
    private final ContactWork work;
    private final ContactChoices choices;
    private final StaffMembers staff;

    ContactActionsController(ContactReading reading, ContactWork work, ContactChoices choices, StaffMembers staff) {
        this.reading = reading;
        this.work = work;
        this.choices = choices;
        this.staff = staff;
    }

    @GetMapping("/staff/contacts/{reference}/actions/{action}")
    String form(@PathVariable String reference, @PathVariable String action, Authentication signedIn,
                HttpServletRequest request, Model model) {
        var member = member(signedIn);
        var contact = contact(reference, member);
        // A link from the contact's page may fill in a field: the question answered, the contact to link.
        return page(contact, allowed(action, contact), member, new Entered(request.getParameterMap()), FormErrors.NONE,
                model);
    }

    @PostMapping("/staff/contacts/{reference}/actions/{action}")
    String act(@PathVariable String reference, @PathVariable String action, Authentication signedIn, Frame frame,
               HttpServletRequest request, Model model) {
        var member = member(signedIn);
        var contact = contact(reference, member);
        var chosen = allowed(action, contact);
        var entered = new Entered(request.getParameterMap());
        var form = new FormInput(entered, frame);
        boolean done = switch (chosen) {
            case CONTACT_REPORTER -> contactReporter(contact, member, form);
            case ASSESS -> assess(contact, member, form);
            case CRIME_DECISION -> decideCrime(contact, member, form);
            case REQUEST_INFORMATION -> requestInformation(contact, member, form);
            case RECORD_ANSWER -> recordAnswer(contact, member, form, entered.get("request"));
            case ALLOCATE -> allocate(contact, member, form);
            case LINK -> link(contact, member, form);
            case REFER -> refer(contact, member, form);
            case FILE -> finish(contact, member, form, true);
            case CLOSE -> finish(contact, member, form, false);
            case REOPEN -> reopen(contact, member, form);
        };
        if (!done) {
            return page(contact, chosen, member, entered, form.errors(), model);
        }
        if (reading.forAction(contact.reference(), member).isEmpty()) {
            // Allocated away from the one who did it: their queue says where it went, as the contact is not theirs now.
            return "redirect:/staff/contacts?moved=" + contact.reference();
        }
        return "redirect:/staff/contacts/" + contact.reference() + "?done=" + chosen.code();
    }

    private boolean contactReporter(Contact contact, StaffMember member, FormInput form) {
        String how = form.choice("how", HOW, "action.contact-reporter.how.required");
        String note = form.text("note", LONG_TEXT, "action.contact-reporter.note.required");
        if (form.valid()) {
            work.recordContactWithReporter(contact, member, how, note);
        }
        return form.valid();
    }

    private boolean assess(Contact contact, StaffMember member, FormInput form) {
        String threat = form.text("threat", LONG_TEXT, "action.assess.threat.required");
        String harm = form.text("harm", LONG_TEXT, "action.assess.harm.required");
        String risk = form.text("risk", LONG_TEXT, "action.assess.risk.required");
        String investigation = form.text("investigation", LONG_TEXT, "action.assess.investigation.required");
        String vulnerability = form.text("vulnerability", LONG_TEXT, "action.assess.vulnerability.required");
        String engagement = form.text("engagement", LONG_TEXT, "action.assess.engagement.required");
        var vulnerabilities = form.choices("vulnerabilities", Arrays.stream(Vulnerability.values()).map(Vulnerability::code).toList()).stream()
                .map(code -> Vulnerability.fromCode(code).orElseThrow()).toList();
        String level = form.choice("riskLevel", Arrays.stream(Risk.values()).map(Risk::code).toList(), "action.assess.risk-level.required");
        String grading = form.choice("grading", Arrays.stream(Grading.values()).map(Grading::code).toList(), "action.assess.grading.required");
        String category = form.choice("openingCategory", allCategories(), "action.assess.category.required");
        if (!form.valid()) {
            return false;
        }
        work.assess(contact, member, new Assessment(null, contact.id(), member.username(), null, threat, harm, risk,
                investigation, vulnerability, engagement, Risk.fromCode(level).orElseThrow(), vulnerabilities,
                Grading.fromCode(grading).orElseThrow(), category));
        return true;
    }

    private boolean decideCrime(Contact contact, StaffMember member, FormInput form) {
        String decision = form.choice("decision", List.of("recorded", "not-a-crime"), "action.crime-decision.required");
        boolean recorded = "recorded".equals(decision);
        var classification = recorded ? form.choice("classification",
                choices.crimeClassifications().stream().map(ContactChoices.Classification::code).toList(),
                "action.crime-decision.classification.required") : null;
        String reason = "not-a-crime".equals(decision)
                ? form.text("reason", LONG_TEXT, "action.crime-decision.reason.required") : null;
        if (form.valid()) {
            work.decideCrime(contact, member, recorded,
                    recorded ? choices.classification(classification).orElseThrow() : null, reason);
        }
        return form.valid();
    }

    private boolean requestInformation(Contact contact, StaffMember member, FormInput form) {
        String question = form.text("question", LONG_TEXT, "action.request-information.required");
        if (form.valid()) {
            work.requestInformation(contact, member, question);
        }
        return form.valid();
    }

    private boolean recordAnswer(Contact contact, StaffMember member, FormInput form, String requestId) {
        String answer = form.text("answer", LONG_TEXT, "action.record-answer.required");
        String how = form.choice("how", HOW, "action.record-answer.how.required");
        if (!form.valid()) {
            return false;
        }
        var id = parseUuid(requestId);
        if (id == null || !work.recordAnswer(contact, member, id, answer, how)) {
            form.fail("answer", "action.record-answer.no-request");
            return false;
        }
        return true;
    }

    private boolean allocate(Contact contact, StaffMember member, FormInput form) {
        String officer = form.optionalChoice("officer", officers().stream().map(StaffMember::username).toList());
        String team = form.optionalChoice("team", choices.teamCodes());
        if (officer == null && team == null) {
            form.fail("team", "action.allocate.required");
            return false;
        }
        work.allocate(contact, member, team, officer == null ? null : staff.find(officer).orElseThrow());
        return true;
    }

    private boolean link(Contact contact, StaffMember member, FormInput form) {
        String kind = form.choice("kind", LINK_KINDS, "action.link.kind.required");
        String typed = form.text("reference", 40, "action.link.reference.required");
        if (!form.valid()) {
            return false;
        }
        var other = Reference.parse(typed)
                .flatMap(reference -> reading.forAction(reference.value(), member))
                .filter(found -> !found.id().equals(contact.id()));
        if (other.isEmpty()) {
            form.fail("reference", "action.link.reference.unknown");
            return false;
        }
        if (!work.link(contact, member, other.get(), kind)) {
            form.fail("reference", "action.link.reference.already");
            return false;
        }
        return true;
    }

    private boolean refer(Contact contact, StaffMember member, FormInput form) {
        String organisation = form.choice("organisation", choices.referralOrganisations(), "action.refer.organisation.required");
        String reason = form.text("reason", LONG_TEXT, "action.refer.reason.required");
        if (form.valid()) {
            work.refer(contact, member, organisation, reason);
        }
        return form.valid();
    }

    private boolean finish(Contact contact, StaffMember member, FormInput form, boolean filed) {
        String outcome = form.text("outcome", LONG_TEXT, filed ? "action.file.required" : "action.close.required");
        String category = form.choice("closingCategory", allCategories(), "action.close.category.required");
        if (!form.valid()) {
            return false;
        }
        if (filed) {
            work.file(contact, member, outcome, category);
        } else {
            work.close(contact, member, outcome, category);
        }
        return true;
    }

    private boolean reopen(Contact contact, StaffMember member, FormInput form) {
        String reason = form.text("reason", LONG_TEXT, "action.reopen.required");
        if (form.valid()) {
            work.reopen(contact, member, reason);
        }
        return form.valid();
    }

    private String page(Contact contact, ContactAction action, StaffMember member, Entered entered, FormErrors errors,
                        Model model) {
        model.addAttribute("page", new ActionPage(contact, action.code(), entered, errors, choices,
                action == ContactAction.ALLOCATE ? officers() : List.of(),
                action == ContactAction.RECORD_ANSWER ? reading.requestsWaiting(contact.id()) : List.of(),
                LONG_TEXT,
                // the assessor reads the report while assessing, without leaving the form
                action == ContactAction.ASSESS ? reading.besideAssessment(contact, member) : null));
        return "contact/action";
    }

    private List<StaffMember> officers() {
        return staff.withPermission(Permission.SEE_OWN_CONTACTS);
    }

    private List<String> allCategories() {
        return choices.incidentCategories().values().stream().flatMap(List::stream).toList();
    }

    private static ContactAction allowed(String code, Contact contact) {
        return ContactAction.fromCode(code).filter(a -> a.allowedOn(contact))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Contact contact(String reference, StaffMember member) {
        return Reference.parse(reference).flatMap(parsed -> reading.forAction(parsed.value(), member))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private StaffMember member(Authentication signedIn) {
        return staff.find(signedIn.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    private static UUID parseUuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException notOne) {
            return null;
        }
    }
}
