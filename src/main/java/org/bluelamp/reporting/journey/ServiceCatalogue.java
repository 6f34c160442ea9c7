package org.bluelamp.reporting.journey;

import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.Languages;
import org.bluelamp.reporting.Channel;
import org.bluelamp.reporting.ServiceTitles;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.question.QuestionTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
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
 * definition stops the application with a message naming the file and the problem. Each offered language other than
 * English has a words file per service ({@code services/cy/crime.yaml}, see {@link DefinitionWords}): the public pages
 * read a service in their language; staff, calls and what is stored read it in English.
 */
@Component
public class ServiceCatalogue implements ServiceTitles {

    private final List<ServiceDefinition> services;
    /** Every offered language's definitions, English (the base files) among them, in the same order. */
    private final Map<Language, List<ServiceDefinition>> byLanguage;

    @Autowired
    ServiceCatalogue(QuestionTypes types, Languages languages) throws IOException {
        this(types, languages, WordsFiles.ON_THE_CLASSPATH,
                new PathMatchingResourcePatternResolver().getResources("classpath*:services/*.yaml"));
    }

    /** English only: for tests of the definitions themselves. */
    ServiceCatalogue(QuestionTypes types, Resource... files) throws IOException {
        this(types, Languages.of(Language.ENGLISH.code()), WordsFiles.ON_THE_CLASSPATH, files);
    }

    /**
     * Reads and checks each definition and, for every offered language but English, its words file
     * {@code services/<code>/<id>.yaml}, found by {@code words}.
     */
    ServiceCatalogue(QuestionTypes types, Languages languages, WordsFiles words, Resource... files)
            throws IOException {
        var checker = new DefinitionChecker(types);
        var loaded = new ArrayList<ServiceDefinition>();
        var translations = new LinkedHashMap<Language, List<ServiceDefinition>>();
        for (Resource file : files) {
            String id = file.getFilename().replaceFirst("\\.yaml$", "");
            String name = "services/" + file.getFilename();
            var tree = DefinitionFiles.tree(file, name);
            ServiceDefinition definition = DefinitionFiles.read(tree, name, ServiceDefinition.class);
            var problems = checker.problemsWith(definition, id);
            if (!problems.isEmpty()) {
                throw new InvalidDefinitionException(name, problems);
            }
            loaded.add(definition);
            for (Language language : languages.offered()) {
                if (language.isBase()) {
                    continue;
                }
                String wordsName = "services/" + language.code() + "/" + file.getFilename();
                var translated = DefinitionFiles.read(DefinitionWords.translate(tree,
                        DefinitionFiles.tree(words.find(wordsName, language), wordsName), true, wordsName, language),
                        wordsName, ServiceDefinition.class);
                var wordProblems = checker.problemsWith(translated, id);
                if (!wordProblems.isEmpty()) {
                    throw new InvalidDefinitionException(wordsName, wordProblems);
                }
                translations.computeIfAbsent(language, l -> new ArrayList<>()).add(translated);
            }
        }
        var order = Comparator.comparing(ServiceDefinition::title);
        loaded.sort(order);
        this.services = List.copyOf(loaded);
        var all = new LinkedHashMap<Language, List<ServiceDefinition>>();
        all.put(Language.ENGLISH, services);
        translations.forEach((language, list) -> {
            list.sort(order);
            all.put(language, List.copyOf(list));
        });
        this.byLanguage = Map.copyOf(all);
    }

    /** Finds the words file of a definition in a language; a missing one stops start-up, naming it. */
    @FunctionalInterface
    interface WordsFiles {

        WordsFiles ON_THE_CLASSPATH = (name, language) -> new ClassPathResource(name);

        Resource resource(String name, Language language);

        default Resource find(String name, Language language) {
            var file = resource(name, language);
            if (file == null || !file.exists()) {
                throw InvalidDefinitionException.words(name, language, List.of("the file is missing: every "
                        + "definition needs its words in each offered language (bluelamp.languages)"));
            }
            return file;
        }
    }

    /** The services in a language, by title in that language; English for a language not offered. */
    public List<ServiceDefinition> all(Language language) {
        return byLanguage.getOrDefault(language, services);
    }

    /** The service in a language, for the public pages; staff, calls and what is stored use {@link #find(String)}. */
    public Optional<ServiceDefinition> find(String id, Language language) {
        return all(language).stream().filter(s -> s.id().equals(id)).findFirst();
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

    @Override
    public Optional<String> title(String serviceId, Language language) {
        return find(serviceId, language).map(ServiceDefinition::title);
    }

    /** The services under each heading, headings in their set order, services by title in the language. */
    public Map<String, List<ServiceDefinition>> byGroup(Language language) {
        var groups = new LinkedHashMap<String, List<ServiceDefinition>>();
        for (String group : ServiceDefinition.GROUPS) {
            var members = all(language).stream().filter(s -> s.group().equals(group)).toList();
            if (!members.isEmpty()) {
                groups.put(group, members);
            }
        }
        return groups;
    }

    /** The service in English: staff screens, call logging, what is stored, retention. */
    public Optional<ServiceDefinition> find(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A definition that cannot be used, with everything wrong with it. */
    static final class InvalidDefinitionException extends IllegalStateException {
        InvalidDefinitionException(String file, List<String> problems) {
            super(file + " is not a valid service definition:\n - " + String.join("\n - ", problems));
        }

        private InvalidDefinitionException(String message) {
            super(message);
        }

        /** A words file that is missing, or does not hold exactly the words of its English definition. */
        static InvalidDefinitionException words(String file, Language language, List<String> problems) {
            return new InvalidDefinitionException(file + " does not hold the words of its English definition in "
                    + "language " + language.code() + ":\n - " + String.join("\n - ", problems));
        }
    }
}
