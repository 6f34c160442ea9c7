package org.bluelamp.open311;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other address under /open311 is not there: a 404 in the spec's format rather than the public's HTML page. */
@RestController
class UnknownAddresses {

    @RequestMapping({"/open311", "/open311/**"})
    void unknown() {
        throw Refusal.of(HttpStatus.NOT_FOUND, Words.NOT_THERE);
    }
}
