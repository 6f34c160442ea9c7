package org.bluelamp.tracking;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The reporter's rights under the Victims' Code in plain words, linked from "Check your report" and the footer. */
@Controller
class VictimsCodeController {

    @GetMapping("/victims-code")
    String victimsCode() {
        return "tracking/victimsCode";
    }
}
