package org.bluelamp.platform.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;

/** {@code /.well-known/security.txt}: how to tell the force of a vulnerability (docs/security.md). */
@RestController
class SecurityTxtController {

    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final VulnerabilityContact contact;
    private final Clock clock;

    SecurityTxtController(VulnerabilityContact contact, Clock clock) {
        this.contact = contact;
        this.clock = clock;
    }

    @GetMapping({"/.well-known/security.txt", "/security.txt"})
    ResponseEntity<String> securityTxt() {
        if (!contact.published()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                .body(contact.securityTxt(clock.instant()));
    }
}
