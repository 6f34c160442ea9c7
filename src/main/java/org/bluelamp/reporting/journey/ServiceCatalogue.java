package org.bluelamp.reporting.journey;

import org.bluelamp.reporting.Channel;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.question.QuestionTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services the public can report, read from {@code services/*.yaml} at start-up and checked: a broken
 * definition stops the application with a message naming the file and the problem.
 */
@Component
public class ServiceCatalogue {

    private final List<ServiceDefinition> services;

    @Autowired
    ServiceCatalogue(QuestionTypes types) throws IOException {
        this(types, new PathMatchingResourcePatternResolver().getResources("classpath*:services/*.yaml"));
    }

    ServiceCatalogue(QuestionTypes types, Resource... files) throws IOException {
        var checker = new DefinitionChecker(types);
        var loaded = new ArrayList<ServiceDefinition>();
        for (Resource file : files) {
            String name = "services/" + file.getFilename();
            ServiceDefinition definition = DefinitionFiles.read(file, name, ServiceDefinition.class);
            var problems = checker.problemsWith(definition, file.getFilename().replaceFirst("\\.yaml$", ""));
            if (!problems.isEmpty()) {
                throw new InvalidDefinitionException(name, problems);
            }
            loaded.add(definition);
        }
        loaded.sort(Comparator.comparing(ServiceDefinition::title));
        this.services = List.copyOf(loaded);
    }

    public List<ServiceDefinition> all() {
        return services;
    }

    /**
     * What a call logged by staff can be about: every service reported online, not those with a channel of their own
     * (a BSL video message is recorded by the person, never taken down from a call).
     */
    public List<ServiceDefinition> forCalls() {
        return services.stream().filter(s -> s.channel().equals(Channel.ONLINE.code())).toList();
    }

    /** The services under each heading, headings in their set order, services by title. */
    public Map<String, List<ServiceDefinition>> byGroup() {
        var groups = new LinkedHashMap<String, List<ServiceDefinition>>();
        for (String group : ServiceDefinition.GROUPS) {
            var members = services.stream().filter(s -> s.group().equals(group)).toList();
            if (!members.isEmpty()) {
                groups.put(group, members);
            }
        }
        return groups;
    }

    public Optional<ServiceDefinition> find(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A definition that cannot be used, with everything wrong with it. */
    static final class InvalidDefinitionException extends IllegalStateException {
        InvalidDefinitionException(String file, List<String> problems) {
            super(file + " is not a valid service definition:\n - " + String.join("\n - ", problems));
        }
    }
}
