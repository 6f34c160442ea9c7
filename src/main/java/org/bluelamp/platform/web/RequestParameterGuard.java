package org.bluelamp.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a request's form and query values before anything else does. Values the server cannot decode (broken
 * percent-encoding, bytes that are not UTF-8) get the "bad request" page instead of a server error from whichever
 * filter asked first; a multipart body over the size limits goes on to get the "too large" page, as it did before. The NUL character, which no keyboard
 * types and PostgreSQL cannot store in text, is taken out of every value, so it cannot turn a page into an error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20) // after the character encoding is set, before security reads the form
class RequestParameterGuard extends OncePerRequestFilter {

    private static final String NUL = "\u0000";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request)) {
            // Read by Spring's multipart handling, which answers a body over the size limits with the "too large" page
            // (reading the parts here first loses that page); the upload pages refuse control characters themselves.
            chain.doFilter(request, response);
            return;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (InvalidParameterException undecodable) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        } catch (IllegalStateException tooLarge) {
            // What else Tomcat throws while reading a form: one over the size limits.
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        boolean hasNul = parameters.entrySet().stream().anyMatch(entry -> entry.getKey().contains(NUL)
                || Arrays.stream(entry.getValue()).anyMatch(value -> value != null && value.contains(NUL)));
        chain.doFilter(hasNul ? new WithoutNul(request, parameters) : request, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    /** The request with NUL taken out of its parameters' names and values. */
    private static final class WithoutNul extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        WithoutNul(HttpServletRequest request, Map<String, String[]> original) {
            super(request);
            original.forEach((name, values) -> parameters.merge(name.replace(NUL, ""),
                    Arrays.stream(values).map(value -> value == null ? null : value.replace(NUL, ""))
                            .toArray(String[]::new),
                    (a, b) -> java.util.stream.Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new)));
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return java.util.Collections.unmodifiableMap(parameters);
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.enumeration(parameters.keySet());
        }
    }
}
