package org.bluelamp.insight.demo;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The report types demo contacts are made of, read from the same definition files (services/*.yaml) Bluelamp offers,
 * so every id, title, version, queue and clock is one the application knows. Read here as plain YAML because the
 * catalogue itself is internal to reporting; only what a stored report needs is taken.
 */
final class DemoServices {

    /**
     * @param describedBy the first free-text question, whose answer is the account every demo report gives
     */
    record Service(String id, int version, String title, String queue, String priority, boolean crimeDecision,
                   String channel, String describedBy, String describedAs) {
    }

    private DemoServices() {
    }

    static List<Service> read() {
        var yaml = YAMLMapper.builder().build();
        try {
            var services = new ArrayList<Service>();
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:services/*.yaml")) {
                try (InputStream in = file.getInputStream()) {
                    services.add(service(yaml.readTree(in)));
                }
            }
            services.sort(Comparator.comparing(Service::id));
            return List.copyOf(services);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Service service(JsonNode tree) {
        JsonNode routing = tree.path("routing");
        JsonNode description = null;
        for (JsonNode question : tree.path("questions")) {
            if ("textarea".equals(question.path("type").asString(""))) {
                description = question;
                break;
            }
        }
        String describedBy = description == null ? "what-happened" : description.path("id").asString();
        String describedAs = description == null ? "What happened"
                : description.path("shortTitle").asString(description.path("title").asString("What happened"));
        return new Service(tree.path("id").asString(), tree.path("version").asInt(1), tree.path("title").asString(),
                routing.path("queue").asString("contact-management"), routing.path("priority").asString("standard"),
                routing.path("crimeDecision").asBoolean(false), tree.path("channel").asString("online"), describedBy,
                describedAs);
    }
}
