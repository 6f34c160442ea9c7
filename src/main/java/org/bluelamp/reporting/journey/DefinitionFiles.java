package org.bluelamp.reporting.journey;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a definition file (a service's or a public form's) strictly: a property nobody reads is a mistake. */
final class DefinitionFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private DefinitionFiles() {
    }

    /** The file as {@code type}, or an error naming the file ({@code name}) and what could not be read. */
    static <T> T read(Resource file, String name, Class<T> type) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return YAML.readValue(in, type);
        } catch (JacksonException e) {
            throw new ServiceCatalogue.InvalidDefinitionException(name, List.of(e.getOriginalMessage()));
        }
    }
}
