package org.bluelamp.platform.logs;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id, on each line logged while it is handled (ours, Spring's, Tomcat's) and in the
 * {@value #HEADER} response header, so a person's "it went wrong at 10:02" or a proxy's log line leads to the
 * application's lines. The id the proxy in front sends is kept if it is short and plain; anything else is replaced,
 * so a header cannot put text of its choosing into the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before every other filter, so their lines carry the id too
class RequestIds extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    /** The key in the log's MDC: ECS's name for it, so JSON logs file it where log tools look. */
    static final String KEY = "http.request.id";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // An error page is a second dispatch of the same request: it keeps the first dispatch's id.
        String id = request.getAttribute(ATTRIBUTE) instanceof String kept ? kept : idFor(request);
        request.setAttribute(ATTRIBUTE, id);
        if (!response.isCommitted()) {
            response.setHeader(HEADER, id);
        }
        String outer = MDC.get(KEY);
        MDC.put(KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, outer);
            }
        }
    }

    private static String idFor(HttpServletRequest request) {
        String offered = request.getHeader(HEADER);
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
