package org.bluelamp.open311;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A document written in the format asked for, with the spec's content type and UTF-8. */
final class Responses {

    private Responses() {
    }

    static ResponseEntity<String> respond(Format format, HttpStatus status, Object document) {
        return ResponseEntity.status(status).contentType(format.mediaType())
                .body(format == Format.XML ? Document.xml(document) : Document.json(document));
    }

    static ResponseEntity<String> ok(Format format, Object document) {
        return respond(format, HttpStatus.OK, document);
    }

    /** The format of an address's suffix; an unknown one is a 404, as for any address that is not there. */
    static Format format(String suffix) {
        return Format.of(suffix).orElseThrow(() -> Refusal.of(HttpStatus.NOT_FOUND, Words.unknownFormat(suffix)));
    }
}
