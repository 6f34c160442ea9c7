package org.bluelamp.notify;

import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The words of every message, read once and checked at start. {@code notify/templates.yaml} is the base (English):
 * each kind's name and when it is sent, for staff, and its subject, email and text. Each other language the force
 * offers has {@code notify/<code>/templates.yaml} with the subject, email and text of every kind. A kind without a
 * template, a template nobody sends, a ((value)) its kind does not supply, or a language lacking a field or using
 * other ((values)) than the English stops the application, naming the kind, the field and the language.
 */
@Component
public class MessageTemplates {

    static final String FOLDER = "notify";
    private static final String FILE = "templates.yaml";

    private final Map<Language, Map<MessageKind, MessageTemplate>> byLanguage = new HashMap<>();
    private final List<Language> languages;

    /** English only: for tests and tools without configuration. */
    MessageTemplates() {
        this(Languages.of("en"), FOLDER);
    }

    @Autowired
    MessageTemplates(Languages languages) {
        this(languages, FOLDER);
    }

    /** @param folder a classpath folder holding templates.yaml and a folder per other language */
    MessageTemplates(Languages languages, String folder) {
        this.languages = List.copyOf(languages.offered());
        var base = read(folder + "/" + FILE);
        var english = checked(base, folder + "/" + FILE);
        byLanguage.put(Language.ENGLISH, english);
        var problems = new ArrayList<String>();
        for (Language language : languages.offered()) {
            if (language.isBase()) {
                continue;
            }
            String file = folder + "/" + language.code() + "/" + FILE;
            var words = new ClassPathResource(file).exists() ? read(file) : Map.<String, MessageTemplate>of();
            var inLanguage = new EnumMap<MessageKind, MessageTemplate>(MessageKind.class);
            english.forEach((kind, template) -> {
                var translated = words.get(kind.code());
                for (String field : List.of("subject", "email", "text")) {
                    String theirs = translated == null ? null : field(translated, field);
                    if (theirs == null || theirs.isBlank()) {
                        problems.add(kind.code() + ": " + field + " is missing in " + language.code() + " (" + file + ")");
                    } else if (!MessageTemplate.valuesIn(theirs).equals(MessageTemplate.valuesIn(field(template, field)))) {
                        problems.add(kind.code() + ": " + field + " in " + language.code() + " uses "
                                + MessageTemplate.valuesIn(theirs) + ", not the English "
                                + MessageTemplate.valuesIn(field(template, field)));
                    }
                }
                if (translated != null) {
                    inLanguage.put(kind, new MessageTemplate(template.name(), template.when(), translated.subject(),
                            translated.email(), translated.text()));
                }
            });
            words.keySet().stream().filter(code -> MessageKind.fromCode(code).isEmpty())
                    .forEach(code -> problems.add(code + ": no message of this kind is sent (" + file + ")"));
            byLanguage.put(language, inLanguage);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Message templates have problems: " + String.join("; ", problems));
        }
    }

    /** The base file alone, as it was read before languages: for tests of a broken base file. */
    MessageTemplates(ClassPathResource file) {
        this.languages = List.of(Language.ENGLISH);
        byLanguage.put(Language.ENGLISH, checked(read(file.getPath()), file.getPath()));
    }

    private static String field(MessageTemplate template, String field) {
        return switch (field) {
            case "subject" -> template.subject();
            case "email" -> template.email();
            default -> template.text();
        };
    }

    private static Map<String, MessageTemplate> read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return YAMLMapper.builder().build().readValue(in, new TypeReference<Map<String, MessageTemplate>>() { });
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + path, unreadable);
        }
    }

    private static Map<MessageKind, MessageTemplate> checked(Map<String, MessageTemplate> read, String file) {
        var problems = new ArrayList<String>();
        var byKind = new EnumMap<MessageKind, MessageTemplate>(MessageKind.class);
        read.forEach((code, template) -> MessageKind.fromCode(code).ifPresentOrElse(kind -> {
            if (template.subject() == null || template.email() == null || template.text() == null) {
                problems.add(code + ": needs a subject, an email and a text");
                return;
            }
            template.valuesUsed().stream().filter(value -> !kind.offers(value))
                    .forEach(value -> problems.add(code + ": ((" + value + ")) is not a value this message has"));
            byKind.put(kind, template);
        }, () -> problems.add(code + ": no message of this kind is sent")));
        for (MessageKind kind : MessageKind.values()) {
            if (!byKind.containsKey(kind)) {
                problems.add(kind.code() + ": has no template");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(file + " has problems: " + String.join("; ", problems));
        }
        return byKind;
    }

    /** The English words. */
    public MessageTemplate of(MessageKind kind) {
        return of(kind, Language.ENGLISH);
    }

    /** The words in a language; English for a language the force does not offer. */
    public MessageTemplate of(MessageKind kind, Language language) {
        var inLanguage = byLanguage.getOrDefault(language, byLanguage.get(Language.ENGLISH));
        return Objects.requireNonNullElse(inLanguage.get(kind), byLanguage.get(Language.ENGLISH).get(kind));
    }

    /** The English words of every kind. */
    public Map<MessageKind, MessageTemplate> all() {
        return byLanguage.get(Language.ENGLISH);
    }

    /** The languages every template is written in, the force's first first. */
    public List<Language> languages() {
        return languages;
    }

    /** What staff call a kind of message ("Acknowledgement of a new report"), by its code; the code if unknown. */
    public String nameOf(String kindCode) {
        return MessageKind.fromCode(kindCode).map(kind -> all().get(kind).name()).orElse(kindCode);
    }
}
