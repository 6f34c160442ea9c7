package org.bluelamp.notify;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every message the public can get, filled in with made-up values, so staff know exactly what people are sent. */
@Controller
class TemplatePreviewController {

    private final MessageTemplates templates;
    private final MessageWriter writer;

    TemplatePreviewController(MessageTemplates templates, MessageWriter writer) {
        this.templates = templates;
        this.writer = writer;
    }

    @GetMapping("/staff/outbox/templates")
    String templates(Model model) {
        model.addAttribute("previews", templates.all().entrySet().stream().map(entry -> {
            var values = writer.withForce(entry.getKey().samples());
            var template = entry.getValue();
            return new TemplatePreview(entry.getKey().code(), template.name(), template.when(),
                    template.subject(values), template.email(values), template.text(values));
        }).toList());
        return "notify/templates";
    }
}
