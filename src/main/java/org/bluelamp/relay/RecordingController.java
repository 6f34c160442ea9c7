package org.bluelamp.relay;

import org.bluelamp.reporting.Reference;
import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.contact.ContactAccess;
import org.bluelamp.staff.Permission;
import org.bluelamp.staff.StaffMember;
import org.bluelamp.staff.StaffMembers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

/**
 * Recordings: the console uploads pieces during the call; authorised staff play it back, whole or in parts. Who may
 * play one: once the call is logged as a contact, whoever may see that contact; before, the call's interpreter and
 * handler, and staff who work the open queues (handlers, assessors, supervisors).
 */
@Controller
class RecordingController {

    private static final MediaType WEBM = MediaType.parseMediaType("video/webm");

    private final RelayDesk desk;
    private final RelayRecordings recordings;
    private final ContactAccess contacts;
    private final StaffMembers staff;

    RecordingController(RelayDesk desk, RelayRecordings recordings, ContactAccess contacts, StaffMembers staff) {
        this.desk = desk;
        this.recordings = recordings;
        this.contacts = contacts;
        this.staff = staff;
    }

    /** A piece of the call's recording; read no further than the largest piece allowed, whatever is sent. */
    @PostMapping(path = "/staff/relay/calls/{id}/recording/{seq}")
    ResponseEntity<String> piece(@PathVariable UUID id, @PathVariable int seq, HttpServletRequest request,
                                 Authentication signedIn) throws IOException {
        var call = desk.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        long limit = recordings.largestPiece();
        if (request.getContentLengthLong() > limit) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body("Piece too large");
        }
        byte[] body = request.getInputStream().readNBytes((int) limit + 1);
        return switch (recordings.receive(call, signedIn.getName(), seq, body)) {
            case STORED, ALREADY_STORED -> ResponseEntity.noContent().build();
            case NOT_A_RECORDING -> ResponseEntity.badRequest().body("Not a piece of a WebM recording");
            case TOO_LARGE -> ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body("Piece too large");
            case CALL_NOT_RECORDING -> ResponseEntity.status(HttpStatus.CONFLICT).body("Call not being recorded");
        };
    }

    /** The page a contact links to: the call, and its recording to play. */
    @GetMapping("/staff/relay/recordings/{reference}")
    String page(@PathVariable String reference, Authentication signedIn, Model model) {
        var reader = member(signedIn);
        var call = Reference.parse(reference).flatMap(desk::findByReference).filter(c -> mayPlay(c, reader))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        recordings.pageShown(call, reader);
        model.addAttribute("page", new ConsolePages.Recording(call, call.reference()));
        return "relay/recording";
    }

    /** The same for a call not (yet) logged as a contact. */
    @GetMapping("/staff/relay/recordings/call/{id}")
    String pageOfCall(@PathVariable UUID id, Authentication signedIn, Model model) {
        var reader = member(signedIn);
        var call = desk.find(id).filter(c -> mayPlay(c, reader))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        recordings.pageShown(call, reader);
        model.addAttribute("page", new ConsolePages.Recording(call, call.reference()));
        return "relay/recording";
    }

    /** The recording, whole or the one range asked for; every answer that carries bytes is in the access log. */
    @GetMapping("/staff/relay/calls/{id}/recording")
    ResponseEntity<StreamingResponseBody> play(@PathVariable UUID id,
                                               @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                                               Authentication signedIn) {
        var reader = member(signedIn);
        var call = desk.find(id).filter(c -> mayPlay(c, reader))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var wanted = ByteRange.parse(range);
        var playing = recordings.play(call, reader, wanted)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var span = playing.span();
        if (span == null) {
            return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + playing.total()).build();
        }
        var answer = wanted.isEmpty() ? ResponseEntity.ok()
                : ResponseEntity.status(HttpStatus.PARTIAL_CONTENT)
                        .header(HttpHeaders.CONTENT_RANGE, "bytes " + span.described());
        return answer.contentType(WEBM).contentLength(span.length())
                .header(HttpHeaders.ACCEPT_RANGES, "bytes").header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out -> copy(playing.pieces(), span.start(), span.length(), out));
    }

    /** Writes {@code length} bytes of the pieces laid end to end, from {@code start}. */
    private void copy(List<RelayRecordings.Piece> pieces, long start, long length, OutputStream out) throws IOException {
        long skip = start;
        long left = length;
        for (var piece : pieces) {
            if (left <= 0) {
                return;
            }
            if (skip >= piece.bytes()) {
                skip -= piece.bytes();
                continue;
            }
            // Opened at the first byte wanted: an object store is asked for that range only, not the whole piece.
            try (InputStream in = recordings.files().open(piece.fileId(), skip).orElseThrow(
                    () -> new IOException("A piece of a recording is missing from the file store"))) {
                long take = Math.min(left, piece.bytes() - skip);
                copyExactly(in, out, take);
                left -= take;
                skip = 0;
            }
        }
    }

    private static void copyExactly(InputStream in, OutputStream out, long count) throws IOException {
        var buffer = new byte[64 * 1024];
        long left = count;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException("A piece of a recording is shorter than recorded");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    /**
     * A call logged as a contact is the contact's: only those who may see the contact may play it, as its own pages
     * decide. Before then, the call's interpreter and handler, and staff who work the open queues.
     */
    private boolean mayPlay(RelayCall call, StaffMember reader) {
        if (call.reference() != null) {
            return contacts.mayRead(call.reference(), reader);
        }
        return call.hasStaff(reader.username()) || reader.may(Permission.SEE_OPEN_QUEUES);
    }

    private StaffMember member(Authentication signedIn) {
        return staff.find(signedIn.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
