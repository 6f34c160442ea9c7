package org.bluelamp.reporting.journey;

import org.bluelamp.platform.Frame;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The force's front page: what can be reported online, and when to call instead. */
@Controller
class CatalogueController {

    private final ServiceCatalogue catalogue;

    CatalogueController(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping({"/", "/report"})
    String catalogue(Frame frame, Model model) {
        model.addAttribute("groups", catalogue.byGroup(frame.language()));
        return "reporting/catalogue";
    }
}
