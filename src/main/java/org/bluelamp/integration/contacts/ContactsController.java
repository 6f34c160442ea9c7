package org.bluelamp.integration.contacts;

import io.swagger.v3.oas.annotations.Operation;
import org.bluelamp.contact.ContactForSystems;
import org.bluelamp.integration.ApiClient;
import org.bluelamp.integration.ApiProblem;
import org.bluelamp.platform.files.FileNotOpenable;
import org.bluelamp.reporting.AttachmentContent;
import org.bluelamp.reporting.Reference;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * A contact whole, and each file sent with it streamed as it is stored. Every read is in the access log as the
 * client's, in the read's transaction ({@link ContactForSystems}). A reference or file that is not one of ours is
 * simply not found.
 */
@RestController
class ContactsController {

    private final ContactForSystems contacts;

    ContactsController(ContactForSystems contacts) {
        this.contacts = contacts;
    }

    @Operation(summary = "Read a contact whole",
            description = "Its answers, reporter, files, timeline and what the records system wrote back. The "
                    + "read is in the access log.")
    @GetMapping("/api/v1/contacts/{reference}")
    ContactJson contact(ApiClient client, @PathVariable String reference) {
        return contacts.read(parse(reference), client.accessor()).map(ContactJson::of)
                .orElseThrow(ContactsController::notFound);
    }

    /**
     * The file as it is stored, never held whole in memory: a download, never shown by a browser, whose type the
     * browser is told not to guess.
     */
    @Operation(summary = "Download one of a contact's files",
            description = "Streamed as it was sent. Each download is in the access log.")
    @GetMapping("/api/v1/contacts/{reference}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(ApiClient client, @PathVariable String reference,
                                             @PathVariable String fileId) {
        var id = uuid(fileId).orElseThrow(() -> ApiProblem.notFound("There is no such file on this contact."));
        var file = open(parse(reference), id, client)
                .orElseThrow(() -> ApiProblem.notFound("There is no such file on this contact."));
        var attachment = file.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.mediaType()))
                .contentLength(attachment.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new InputStreamResource(file.content()));
    }

    private Optional<AttachmentContent> open(Reference reference, UUID id, ApiClient client) {
        try {
            return contacts.file(reference, id, client.accessor());
        } catch (FileNotOpenable notYet) {
            throw ApiProblem.conflict(switch (notYet.state()) {
                case PENDING -> "The file has not been scanned for viruses yet: try again later.";
                default -> "The file cannot be downloaded: it was removed because it held a virus.";
            });
        }
    }

    private static Reference parse(String reference) {
        return (reference.length() > 40 ? Optional.<Reference>empty() : Reference.parse(reference))
                .orElseThrow(ContactsController::notFound);
    }

    private static ApiProblem notFound() {
        return ApiProblem.notFound("There is no contact with that reference.");
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value.length() == 36 ? Optional.of(UUID.fromString(value)) : Optional.empty();
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }
}
