package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.SubmittedReports;
import org.bluelamp.staff.StaffMembers;
import org.springframework.security.core.Authentication;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** The staff queue of contacts in the order to work them, in every team's queue or one, and one contact with everything the reporter said. */
@Controller
class QueueController {

    private static final int QUEUE_SIZE = 200;

    private final Contacts contacts;
    private final SubmittedReports reports;
    private final StaffMembers staff;
    private final Clock clock;

    QueueController(Contacts contacts, SubmittedReports reports, StaffMembers staff, Clock clock) {
        this.contacts = contacts;
        this.reports = reports;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/staff/contacts")
    String queue(@RequestParam(required = false) String queue, Authentication signedIn, Model model) {
        var queues = contacts.queues();
        var chosen = Optional.ofNullable(queue).filter(queues::contains);
        model.addAttribute("contacts", contacts.inWorkOrder(scope(signedIn), chosen, QUEUE_SIZE));
        model.addAttribute("queues", queues);
        model.addAttribute("chosen", chosen.orElse(""));
        model.addAttribute("now", clock.instant());
        return "contact/queue";
    }

    @GetMapping("/staff/contacts/{reference}")
    String contact(@PathVariable String reference, Authentication signedIn, Model model) {
        var contact = find(reference, signedIn);
        model.addAttribute("contact", contact);
        model.addAttribute("report", contact.reportId() == null ? null : reports.find(contact.reportId()).orElse(null));
        model.addAttribute("now", clock.instant());
        return "contact/contact";
    }

    /**
     * A file the reporter sent. Images (stripped of metadata when uploaded) show in the page; anything else is
     * downloaded, never opened in the browser, and the browser is told not to guess the type.
     */
    @GetMapping("/staff/contacts/{reference}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(@PathVariable String reference, @PathVariable UUID fileId,
                                             Authentication signedIn) {
        var contact = find(reference, signedIn);
        var file = Optional.ofNullable(contact.reportId()).flatMap(report -> reports.attachment(report, fileId))
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

    private Contact find(String reference, Authentication signedIn) {
        var parsed = Reference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return contacts.withReference(parsed.value(), scope(signedIn))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ContactScope scope(Authentication signedIn) {
        return ContactScope.of(staff.find(signedIn.getName()).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.FORBIDDEN)));
    }
}
