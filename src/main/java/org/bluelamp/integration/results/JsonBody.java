package org.bluelamp.integration.results;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.integration.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A write's JSON body, read by hand rather than bound, so that its size is bounded before anything is parsed (a body
 * over {@link #LARGEST} is refused with 413, whether it says its length or not) and each field's type can be named in
 * a 422 rather than lost in a 400.
 */
final class JsonBody {

    /** The largest body the API takes (docs/integration.md). */
    static final int LARGEST = 64 * 1024;

    private final JsonNode object;

    private JsonBody(JsonNode object) {
        this.object = object;
    }

    static JsonBody read(HttpServletRequest request, JsonMapper json) {
        String type = request.getContentType();
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(mediaType(type))) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Send the request body as application/json.", List.of());
        }
        if (request.getContentLengthLong() > LARGEST) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(LARGEST + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > LARGEST) {
            throw tooLarge();
        }
        JsonNode node;
        try {
            node = json.readTree(bytes);
        } catch (JacksonException e) {
            throw ApiProblem.badRequest("The request body is not valid JSON.");
        }
        if (node == null || !node.isObject()) {
            throw ApiProblem.badRequest("The request body must be a JSON object.");
        }
        return new JsonBody(node);
    }

    /**
     * A field's text: null when it is absent or null; a value that is not a string is a field error, added to
     * {@code errors}.
     */
    String text(String field, List<ApiProblem.FieldError> errors) {
        var value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.add(new ApiProblem.FieldError(field, "must be a string"));
            return null;
        }
        return value.asString();
    }

    private static MediaType mediaType(String type) {
        try {
            return MediaType.parseMediaType(type);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "Content too large",
                "The request body must be at most " + LARGEST / 1024 + " KB.", List.of());
    }
}
