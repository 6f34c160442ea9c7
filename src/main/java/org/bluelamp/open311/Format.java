package org.bluelamp.open311;

import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The two formats the spec names, chosen by the suffix of the address: {@code services.xml}, {@code services.json}. */
enum Format {

    XML("xml", new MediaType("text", "xml", StandardCharsets.UTF_8)),
    JSON("json", new MediaType("application", "json", StandardCharsets.UTF_8));

    private final String suffix;
    private final MediaType mediaType;

    Format(String suffix, MediaType mediaType) {
        this.suffix = suffix;
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The MIME type as service discovery lists it. */
    String listed() {
        return mediaType.getType() + "/" + mediaType.getSubtype();
    }

    static Optional<Format> of(String suffix) {
        for (Format format : values()) {
            if (format.suffix.equals(suffix)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format an address asks for, for errors: JSON for {@code .json}, otherwise XML, the spec's required one. */
    static Format ofPath(String path) {
        return path != null && path.endsWith(".json") ? JSON : XML;
    }
}
