package org.bluelamp.notify;

import org.bluelamp.platform.ForceProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.HashMap;

/** Every message the public can get, filled in with made-up values, so staff know exactly what people are sent. */
@Controller
class TemplatePreviewController {

    private final MessageTemplates templates;
    private final ForceProperties force;

    TemplatePreviewController(MessageTemplates templates, ForceProperties force) {
        this.templates = templates;
        this.force = force;
    }

    @GetMapping("/staff/outbox/templates")
    String templates(Model model) {
        model.addAttribute("previews", templates.all().entrySet().stream().map(entry -> {
            var values = new HashMap<>(entry.getKey().samples());
            values.put("force", force.name());
            values.put("phone", force.nonEmergencyPhone());
            var template = entry.getValue();
            return new TemplatePreview(entry.getKey().code(), template.name(), template.when(),
                    template.subject(values), template.email(values), template.text(values));
        }).toList());
        return "notify/templates";
    }
}
