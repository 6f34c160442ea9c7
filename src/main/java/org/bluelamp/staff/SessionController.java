package org.bluelamp.staff;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The two ends of the idle timeout: "Stay signed in" from the warning, and the page after time ran out. */
@Controller
class SessionController {

    private final StaffProperties properties;

    SessionController(StaffProperties properties) {
        this.properties = properties;
    }

    /** Nothing to do: the request itself restarts the session's idle clock. */
    @PostMapping("/staff/keep-alive")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void keepAlive() {
    }

    @GetMapping("/staff/timed-out")
    String timedOut(Model model) {
        model.addAttribute("minutes", Math.ceilDiv(properties.idleTimeout().toSeconds(), 60));
        return "staff/timedOut";
    }
}
