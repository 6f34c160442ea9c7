package org.bluelamp.contact;

import org.bluelamp.contact.clocks.ServiceClocks;
import org.bluelamp.contact.emergency.PossibleEmergencyRules;
import org.bluelamp.reporting.Reference;
import org.bluelamp.staff.Permission;
import org.bluelamp.staff.StaffMember;
import org.bluelamp.staff.StaffMembers;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * A contact's pages: the overview with its clocks and what can be done, what the reporter said, its assessments and
 * its timeline. Every page is a look that goes in the timeline (see {@link ContactReading}).
 */
@Controller
class ContactController {

    private final ContactReading reading;
    private final MovedContacts moved;
    private final StaffMembers staff;
    private final ServiceClocks clocks;
    private final PossibleEmergencyRules emergencies;
    private final Clock clock;
    private final ContactChoices choices;

    ContactController(ContactReading reading, MovedContacts moved, StaffMembers staff, ServiceClocks clocks,
                      PossibleEmergencyRules emergencies, Clock clock, ContactChoices choices) {
        this.choices = choices;
        this.reading = reading;
        this.moved = moved;
        this.staff = staff;
        this.clocks = clocks;
        this.emergencies = emergencies;
        this.clock = clock;
    }

    @GetMapping("/staff/contacts/{reference}")
    String overview(@PathVariable String reference, @RequestParam(required = false) String done,
                    Authentication signedIn, Model model) {
        return show(reference, "overview", signedIn, model, ContactAction.fromCode(done).map(ContactAction::code));
    }

    @GetMapping("/staff/contacts/{reference}/report")
    String report(@PathVariable String reference, Authentication signedIn, Model model) {
        return show(reference, "report", signedIn, model, Optional.empty());
    }

    @GetMapping("/staff/contacts/{reference}/assessments")
    String assessments(@PathVariable String reference, Authentication signedIn, Model model) {
        return show(reference, "assessments", signedIn, model, Optional.empty());
    }

    @GetMapping("/staff/contacts/{reference}/timeline")
    String timeline(@PathVariable String reference, Authentication signedIn, Model model) {
        return show(reference, "timeline", signedIn, model, Optional.empty());
    }

    /**
     * A file the reporter sent. Images (stripped of metadata when uploaded) show in the page; anything else is
     * downloaded, never opened in the browser, and the browser is told not to guess the type.
     */
    @GetMapping("/staff/contacts/{reference}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(@PathVariable String reference, @PathVariable UUID fileId,
                                             Authentication signedIn) {
        var parsed = Reference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var file = reading.file(parsed, member(signedIn), fileId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var attachment = file.attachment();
        var disposition = (attachment.image() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(attachment.name(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.mediaType()))
                .contentLength(attachment.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new InputStreamResource(file.content()));
    }

    private String show(String reference, String tab, Authentication signedIn, Model model, Optional<String> done) {
        var parsed = Reference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var reader = member(signedIn);
        var found = reading.view(parsed, reader, tab);
        if (found.isEmpty()) {
            return movedAway(parsed, reader, model);
        }
        var view = found.get();
        var now = clock.instant();
        model.addAttribute("page", new ContactScreen(view, tab, done.orElse(null),
                ContactClocks.of(view.contact(), clocks, now), now, emergencies,
                reader.may(Permission.SEE_ACCESS_LOG), choices));
        return "contact/" + tab;
    }

    /**
     * Not the reader's to see: if it was theirs before it was allocated away, where it went (and nothing of the
     * report); else not found, as for a reference that does not exist.
     */
    private String movedAway(Reference reference, StaffMember reader, Model model) {
        var away = moved.whereItWent(reference, reader.username())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("moved", away);
        model.addAttribute("movedBy", away.by() == null ? null
                : staff.find(away.by()).map(StaffMember::displayName).orElse(away.by()));
        return "contact/moved";
    }

    private StaffMember member(Authentication signedIn) {
        return staff.find(signedIn.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
