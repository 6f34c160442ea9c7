package org.bluelamp.integration.web;

import org.bluelamp.integration.ApiClient;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Gives an API controller method the client that made the request when it asks for an {@link ApiClient}. */
@Component
class ApiClientArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ApiClient.class;
    }

    @Override
    public ApiClient resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                     NativeWebRequest request, WebDataBinderFactory binders) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ApiClient client) {
            return client;
        }
        // The API's security chain lets no request through without a client; this is a wiring mistake.
        throw new AuthenticationCredentialsNotFoundException("No API client for this request");
    }
}
