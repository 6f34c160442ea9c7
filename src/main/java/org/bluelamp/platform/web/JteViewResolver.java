package org.bluelamp.platform.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Renders views with JTE templates compiled at build time ({@code src/main/jte}). A view name is the
 * template's path without ".jte"; "redirect:" names are left to Spring.
 */
@Component
class JteViewResolver implements ViewResolver, Ordered {

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    @Override
    public View resolveViewName(String viewName, Locale locale) {
        if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
            return null;
        }
        String template = viewName + ".jte";
        return templates.hasTemplate(template) ? new JteView(template) : null;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    private final class JteView implements View {
        private final String template;

        JteView(String template) {
            this.template = template;
        }

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            // Render fully before writing, so a failing template gives an error page, not half a page.
            var output = new StringOutput();
            @SuppressWarnings("unchecked")
            var params = (Map<String, Object>) model;
            templates.render(template, params, output);
            byte[] body = output.toString().getBytes(StandardCharsets.UTF_8);
            response.setContentType(getContentType());
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
