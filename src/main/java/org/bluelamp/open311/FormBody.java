package org.bluelamp.open311;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A POSTed form (application/x-www-form-urlencoded, UTF-8, as the spec has it) read here rather than by the
 * container, so its size is bounded: at most {@value #MOST_BYTES} bytes and {@value #MOST_VALUES} values, refused
 * with 413 or 400 before anything is parsed beyond that. Where a filter ahead has read the form already (any
 * {@code getParameter}), the container's parse is used, after the same check of the declared length.
 */
final class FormBody {

    static final int MOST_BYTES = 64 * 1024;
    static final int MOST_VALUES = 500;

    private FormBody() {
    }

    static Map<String, List<String>> read(HttpServletRequest request) {
        var type = request.getContentType();
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(type))) {
            throw Refusal.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Words.NOT_FORM);
        }
        if (request.getContentLengthLong() > MOST_BYTES) {
            throw Refusal.of(HttpStatus.PAYLOAD_TOO_LARGE, Words.TOO_LARGE);
        }
        byte[] body;
        try (var in = request.getInputStream()) {
            body = in.readNBytes(MOST_BYTES + 1);
        } catch (IOException unreadable) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, Words.NOT_FORM);
        }
        if (body.length > MOST_BYTES) {
            throw Refusal.of(HttpStatus.PAYLOAD_TOO_LARGE, Words.TOO_LARGE);
        }
        if (body.length == 0 && !request.getParameterMap().isEmpty()) {
            return parameters(request); // a filter ahead read the form already: the container's copy, as bounded above
        }
        return parse(new String(body, StandardCharsets.UTF_8));
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        var values = new LinkedHashMap<String, List<String>>();
        int count = 0;
        for (var parameter : request.getParameterMap().entrySet()) {
            count += parameter.getValue().length;
            if (count > MOST_VALUES) {
                throw Refusal.of(HttpStatus.BAD_REQUEST, Words.TOO_MANY_VALUES);
            }
            values.put(parameter.getKey(), List.of(parameter.getValue()));
        }
        return values;
    }

    static Map<String, List<String>> parse(String body) {
        var values = new LinkedHashMap<String, List<String>>();
        if (body.isEmpty()) {
            return values;
        }
        int count = 0;
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++count > MOST_VALUES) {
                throw Refusal.of(HttpStatus.BAD_REQUEST, Words.TOO_MANY_VALUES);
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException badEscape) {
                throw Refusal.of(HttpStatus.BAD_REQUEST, Words.NOT_FORM);
            }
        }
        return values;
    }
}
