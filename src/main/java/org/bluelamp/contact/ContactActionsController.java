package org.bluelamp.contact;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.form.Entered;
import org.bluelamp.platform.form.FormInput;
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

import java.util.List;

/**
 * The form for each action on a contact, and its sending: {@link ActionForm} reads and checks the values, then
 * {@link ContactWork} does it. An error shows the form again with everything typed still in it.
 */
@Controller
class ContactActionsController {

    private final ContactReading reading;
    private final ContactWork work;
    private final ContactChoices choices;
    private final StaffMembers staff;
    private final EvidenceLinks evidenceLinks;

    ContactActionsController(ContactReading reading, ContactWork work, ContactChoices choices, StaffMembers staff,
                             EvidenceLinks evidenceLinks) {
        this.evidenceLinks = evidenceLinks;
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
        var input = new FormInput(entered, frame, "action.too-long");
        var form = ActionForm.read(chosen, input, new ActionForm.Options(choices,
                () -> officers().stream().map(StaffMember::username).toList()));
        if (!input.valid() || !done(contact, member, form, input)) {
            return page(contact, chosen, member, entered, input.errors(), model);
        }
        if (reading.forAction(contact.reference(), member).isEmpty()) {
            // Allocated away from the one who did it: their queue says where it went, as the contact is not theirs now.
            return "redirect:/staff/contacts?moved=" + contact.reference();
        }
        return "redirect:/staff/contacts/" + contact.reference() + "?done=" + chosen.code();
    }

    /** Does the action whose form read cleanly; false, with the error in {@code input}, if it cannot be done. */
    private boolean done(Contact contact, StaffMember member, ActionForm form, FormInput input) {
        switch (form) {
            case ActionForm.ContactReporter f -> work.recordContactWithReporter(contact, member, f.how(), f.note());
            case ActionForm.Assess f -> work.assess(contact, member, new Assessment(null, contact.id(),
                    member.username(), null, f.threat(), f.harm(), f.risk(), f.investigation(), f.vulnerability(),
                    f.engagement(), f.riskLevel(), f.vulnerabilities(), f.grading(), f.openingCategory()));
            case ActionForm.CrimeDecision f -> work.decideCrime(contact, member, f.recorded(), f.classification(),
                    f.reason());
            case ActionForm.RequestInformation f -> work.requestInformation(contact, member, f.question());
            case ActionForm.RecordAnswer f -> {
                if (f.request() == null || !work.recordAnswer(contact, member, f.request(), f.answer(), f.how())) {
                    input.fail("answer", "action.record-answer.no-request");
                    return false;
                }
            }
            case ActionForm.Allocate f -> work.allocate(contact, member, f.team(),
                    f.officer() == null ? null : staff.find(f.officer()).orElseThrow());
            case ActionForm.AgreeUpdates f -> work.agreeUpdates(contact, member, f.frequency());
            case ActionForm.Link f -> {
                var other = Reference.parse(f.reference())
                        .flatMap(typed -> reading.forAction(typed, member))
                        .filter(found -> !found.id().equals(contact.id()));
                if (other.isEmpty()) {
                    input.fail("reference", "action.link.reference.unknown");
                    return false;
                }
                if (!work.link(contact, member, other.get(), f.kind())) {
                    input.fail("reference", "action.link.reference.already");
                    return false;
                }
            }
            case ActionForm.Refer f -> work.refer(contact, member, f.organisation(), f.reason());
            case ActionForm.File f -> work.file(contact, member, f.note(), f.closingCategory());
            case ActionForm.Close f -> work.close(contact, member, f.outcome(), f.closingCategory());
            case ActionForm.Reopen f -> work.reopen(contact, member, f.reason());
            case ActionForm.Reply f -> work.reply(contact, member, f.message(), signedAs(contact, member));
            case ActionForm.EvidenceLink f -> {
                var refused = evidenceLinks.send(contact, member, f.note());
                if (refused.isPresent()) {
                    input.fail("note", refused.get());
                    return false;
                }
            }
        }
        return true;
    }

    private String page(Contact contact, ContactAction action, StaffMember member, Entered entered, FormErrors errors,
                        Model model) {
        model.addAttribute("page", new ActionPage(contact, action.code(), entered, errors, choices,
                action == ContactAction.ALLOCATE ? officers() : List.of(),
                action == ContactAction.RECORD_ANSWER ? reading.requestsWaiting(contact.id()) : List.of(),
                action == ContactAction.EVIDENCE_LINK ? EvidenceLinks.LONGEST_NOTE : ActionForm.LONG_TEXT,
                // the assessor reads the report while assessing, without leaving the form
                action == ContactAction.ASSESS ? reading.besideAssessment(contact, member) : null,
                action == ContactAction.REPLY ? reading.besideReply(contact, member) : null));
        return "contact/actions/" + action.template();
    }

    /**
     * Who the reporter is told replied: the officer the contact is allocated to, by the name they go by; anyone else
     * replies for the team (or, before allocation, for the force, null). Never a username or an email address.
     */
    private String signedAs(Contact contact, StaffMember member) {
        if (member.username().equals(contact.allocatedTo())) {
            return member.displayName();
        }
        return contact.allocatedTeam() == null ? null : choices.teamName(contact.allocatedTeam());
    }

    private List<StaffMember> officers() {
        return staff.withPermission(Permission.SEE_OWN_CONTACTS);
    }

    private static ContactAction allowed(String code, Contact contact) {
        return ContactAction.fromCode(code).filter(a -> a.allowedOn(contact))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Contact contact(String reference, StaffMember member) {
        return Reference.parse(reference).flatMap(parsed -> reading.forAction(parsed, member))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private StaffMember member(Authentication signedIn) {
        return staff.find(signedIn.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
