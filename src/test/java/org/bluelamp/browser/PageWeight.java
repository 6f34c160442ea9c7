package org.bluelamp.browser;

import com.microsoft.playwright.Request;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one page view cost on the network: the bytes Chromium received for each kind of file, bodies as sent
 * (compressed), with the response headers counted apart. A file the browser took from its cache costs nothing.
 */
record PageWeight(String view, Map<Kind, Long> bodies, long headers, int fromNetwork, int fromCache) {

    enum Kind { HTML, CSS, JS, IMAGES, FONTS, OTHER }

    static final String TABLE_HEADER = """
            | view | HTML | CSS | JS | images | fonts | other | total | headers | from network | from cache |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |""";

    /** Weighs finished requests; ask only once the page is idle, as sizes are known when a response has ended. */
    static PageWeight of(String view, List<Request> requests) {
        var bodies = new EnumMap<Kind, Long>(Kind.class);
        Stream.of(Kind.values()).forEach(kind -> bodies.put(kind, 0L));
        long headers = 0;
        int fromCache = 0;
        for (Request request : requests) {
            var sizes = request.sizes();
            if (isFromCache(request)) {
                fromCache++;
                continue;
            }
            bodies.merge(kindOf(request), (long) sizes.responseBodySize, Long::sum);
            headers += sizes.responseHeadersSize;
        }
        return new PageWeight(view, bodies, headers, requests.size() - fromCache, fromCache);
    }

    /** Chromium reports no bytes received for a response it took from its cache (Playwright: body = -headers). */
    static boolean isFromCache(Request request) {
        var sizes = request.sizes();
        return sizes.responseBodySize + sizes.responseHeadersSize <= 0;
    }

    long total() {
        return bodies.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A row of {@link #TABLE_HEADER}, in KB of 1,024 bytes. */
    String tableRow() {
        return Stream.of(Stream.of(view),
                        Stream.of(Kind.values()).map(kind -> kb(bodies.get(kind))),
                        Stream.of(kb(total()), kb(headers), Integer.toString(fromNetwork), Integer.toString(fromCache)))
                .flatMap(cell -> cell)
                .collect(Collectors.joining(" | ", "| ", " |"));
    }

    private static Kind kindOf(Request request) {
        return switch (request.resourceType()) {
            case "document" -> Kind.HTML;
            case "stylesheet" -> Kind.CSS;
            case "script" -> Kind.JS;
            case "image" -> Kind.IMAGES;
            case "font" -> Kind.FONTS;
            // Chromium calls the icon "other"; it is an image all the same.
            default -> request.url().endsWith(".svg") || request.url().endsWith(".png") ? Kind.IMAGES : Kind.OTHER;
        };
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
