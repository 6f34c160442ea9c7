package org.bluelamp.relay;

import org.bluelamp.platform.EasyRead;
import org.bluelamp.platform.Frame;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/** The BSL video relay in Easy Read, linked from /bsl; it leads to the relay and to a BSL video message. */
@Controller
class BslEasyReadController {

    @GetMapping("/bsl/easy-read")
    String bsl(Frame frame, Model model) {
        model.addAttribute("page", EasyRead.of(frame, "bsl", List.of(
                EasyRead.Line.of(frame, "bsl", "hands"),
                EasyRead.Line.of(frame, "bsl", "interpreter"),
                EasyRead.Line.of(frame, "bsl", "camera"),
                EasyRead.Line.of(frame, "bsl", "clock", frame.bslHours()),
                EasyRead.Line.of(frame, "bsl", "video-message"),
                EasyRead.Line.of(frame, "bsl", "record"),
                EasyRead.Line.of(frame, "bsl", "phone-999"),
                EasyRead.Line.of(frame, "bsl", "exit"))));
        return "relay/easyRead";
    }
}
