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
        var languages = new java.util.ArrayList<>(templates.languages());
        languages.sort(java.util.Comparator.comparing(language -> !language.isBase()));
        model.addAttribute("previews", templates.all().entrySet().stream().map(entry -> {
            var kind = entry.getKey();
            var versions = languages.stream().map(language -> {
                var values = writer.withForce(kind.samples(), language);
                var template = templates.of(kind, language);
                return new TemplatePreview.Version(language.code(),
                        language.locale().getDisplayLanguage(java.util.Locale.ENGLISH), template.subject(values),
                        template.email(values), template.text(values));
            }).toList();
            return new TemplatePreview(kind.code(), entry.getValue().name(), entry.getValue().when(), versions);
        }).toList());
        return "notify/templates";
    }
}
