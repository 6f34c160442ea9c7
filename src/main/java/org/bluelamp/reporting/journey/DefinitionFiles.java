package org.bluelamp.reporting.journey;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
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
        return read(tree(file, name), name, type);
    }

    /** The file as a tree, to lay the words of another language over it before it is read as a definition. */
    static JsonNode tree(Resource file, String name) throws IOException {
        try (InputStream in = file.getInputStream()) {
            JsonNode tree = YAML.readTree(in);
            if (tree == null || !tree.isObject()) {
                throw new ServiceCatalogue.InvalidDefinitionException(name, List.of("is empty or not a map of properties"));
            }
            return tree;
        } catch (JacksonException e) {
            throw new ServiceCatalogue.InvalidDefinitionException(name, List.of(e.getOriginalMessage()));
        }
    }

    /** A tree (a file, or a file with another language's words) as {@code type}, as strictly as a file. */
    static <T> T read(JsonNode tree, String name, Class<T> type) {
        try {
            return YAML.treeToValue(tree, type);
        } catch (JacksonException e) {
            throw new ServiceCatalogue.InvalidDefinitionException(name, List.of(e.getOriginalMessage()));
        }
    }
}
