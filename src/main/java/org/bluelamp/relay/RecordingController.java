package org.bluelamp.relay;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.staff.Permission;
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
import java.util.regex.Pattern;

/**
 * Recordings: the console uploads pieces during the call; authorised staff play the whole back. Who may play one:
 * the call's interpreter and handler, and staff who work the open queues (handlers, assessors, supervisors).
 */
@Controller
class RecordingController {

    private static final MediaType WEBM = MediaType.parseMediaType("video/webm");
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    private final RelayDesk desk;
    private final RelayRecordings recordings;

    RecordingController(RelayDesk desk, RelayRecordings recordings) {
        this.desk = desk;
        this.recordings = recordings;
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
        var call = desk.findByReference(reference).filter(c -> mayPlay(c, signedIn))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", new ConsolePages.Recording(call, reference));
        return "relay/recording";
    }

    /** The same for a call not (yet) logged as a contact. */
    @GetMapping("/staff/relay/recordings/call/{id}")
    String pageOfCall(@PathVariable UUID id, Authentication signedIn, Model model) {
        var call = desk.find(id).filter(c -> mayPlay(c, signedIn))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", new ConsolePages.Recording(call, call.reference()));
        return "relay/recording";
    }

    @GetMapping("/staff/relay/calls/{id}/recording")
    ResponseEntity<StreamingResponseBody> play(@PathVariable UUID id,
                                               @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                                               Authentication signedIn) {
        var call = desk.find(id).filter(c -> mayPlay(c, signedIn))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var wanted = range == null ? null : RANGE.matcher(range.strip());
        long start = wanted != null && wanted.matches() ? Long.parseLong(wanted.group(1)) : 0;
        var pieces = recordings.play(call, signedIn.getName(), start == 0)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        long total = pieces.stream().mapToLong(RelayRecordings.Piece::bytes).sum();
        if (wanted == null || !wanted.matches()) {
            return ResponseEntity.ok().contentType(WEBM).contentLength(total)
                    .header(HttpHeaders.ACCEPT_RANGES, "bytes").header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(out -> copy(pieces, 0, total, out));
        }
        long end = wanted.group(2).isEmpty() ? total - 1 : Math.min(Long.parseLong(wanted.group(2)), total - 1);
        if (start >= total || end < start) {
            return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + total).build();
        }
        long length = end - start + 1;
        return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT).contentType(WEBM).contentLength(length)
                .header(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + total)
                .header(HttpHeaders.ACCEPT_RANGES, "bytes").header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out -> copy(pieces, start, length, out));
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
            try (InputStream in = recordings.files().open(piece.fileId()).orElseThrow(
                    () -> new IOException("A piece of a recording is missing from the file store"))) {
                in.skipNBytes(skip);
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

    private static boolean mayPlay(RelayCall call, Authentication signedIn) {
        return call.hasStaff(signedIn.getName()) || signedIn.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Permission.SEE_OPEN_QUEUES.name()));
    }
}
