package org.bluelamp.platform.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders views with JTE templates compiled at build time ({@code src/main/jte}). A view name is the
 * template's path without ".jte"; "redirect:" names are left to Spring. Every page gets the page frame as
 * "frame", unless its controller has put one in the model already.
 */
@Component
class JteViewResolver implements ViewResolver, Ordered {

    private static final int FIRST_CHUNK = 8192;

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Frames frames;

    JteViewResolver(Frames frames) {
        this.frames = frames;
    }

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
            var params = new HashMap<String, Object>(model);
            params.computeIfAbsent("frame", key -> frames.forRequest(request));
            var output = new Utf8ByteOutput(FIRST_CHUNK);
            templates.render(template, params, output);
            response.setContentType(getContentType());
            PageCompression.write(output.toByteArray(), request, response);
        }
    }
}
