package org.bluelamp.notify;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;

/**
 * The words of every message, read once from {@code notify/templates.yaml} and checked at start: a kind without a
 * template, a template nobody sends, or a ((value)) its kind does not supply stops the application, naming it.
 */
@Component
public class MessageTemplates {

    static final String FILE = "notify/templates.yaml";

    private final Map<MessageKind, MessageTemplate> templates;

    MessageTemplates() {
        this(new ClassPathResource(FILE));
    }

    MessageTemplates(ClassPathResource file) {
        try (InputStream in = file.getInputStream()) {
            Map<String, MessageTemplate> read = YAMLMapper.builder().build()
                    .readValue(in, new TypeReference<Map<String, MessageTemplate>>() { });
            this.templates = checked(read);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + FILE, unreadable);
        }
    }

    private static Map<MessageKind, MessageTemplate> checked(Map<String, MessageTemplate> read) {
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
            throw new IllegalStateException(FILE + " has problems: " + String.join("; ", problems));
        }
        return byKind;
    }

    public MessageTemplate of(MessageKind kind) {
        return templates.get(kind);
    }

    public Map<MessageKind, MessageTemplate> all() {
        return templates;
    }

    /** What staff call a kind of message ("Acknowledgement of a new report"), by its code; the code if unknown. */
    public String nameOf(String kindCode) {
        return MessageKind.fromCode(kindCode).map(kind -> templates.get(kind).name()).orElse(kindCode);
    }
}
