package org.bluelamp.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.Frame;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Gives a controller method the page frame when it asks for a {@link Frame} parameter. (Pages get theirs from the
 * view, see {@link JteViewResolver}.) A resolver, not a model attribute method: those cost an annotation search and
 * a data binding on every request, a tenth of a question page's time.
 */
@Component
class FrameArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    // Looked up when first needed: Frames needs the asset URLs, which need MVC configured, which needs this.
    private final ObjectProvider<Frames> frames;

    FrameArguments(ObjectProvider<Frames> frames) {
        this.frames = frames;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Frame.class;
    }

    @Override
    public Frame resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                 WebDataBinderFactory binders) {
        return frames.getObject().forRequest(request.getNativeRequest(HttpServletRequest.class));
    }
}
