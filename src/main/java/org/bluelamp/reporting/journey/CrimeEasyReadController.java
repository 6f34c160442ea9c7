package org.bluelamp.reporting.journey;

import org.bluelamp.platform.EasyRead;
import org.bluelamp.platform.Frame;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Reporting a crime in Easy Read, linked from the crime report's start page; it leads to that start page. */
@Controller
class CrimeEasyReadController {

    @GetMapping("/report/crime/easy-read")
    String crime(Frame frame, Model model) {
        model.addAttribute("page", EasyRead.of(frame, "crime", "police", "phone-999", "questions", "one-question",
                "go-back", "check-send", "reference", "exit", "helper"));
        return "reporting/easyRead";
    }
}
