package org.bluelamp.notify;

import org.bluelamp.platform.ForceProperties;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fills a template for each way a message goes and puts the results in the outbox, each under its own key so a
 * listener that is run again stores nothing twice. A message is written in its person's language; where the force
 * sends bilingual messages ({@code bluelamp.notify.bilingual}) and offers Welsh, in Welsh first and then English,
 * as the Welsh Language Standards expect.
 */
@Component
class MessageWriter {

    static final Language WELSH = new Language("cy");
    /** Between the Welsh and the English of a bilingual email. */
    static final String DIVIDER = "\n\n---\n\n";

    private final MessageTemplates templates;
    private final MessageOutbox outbox;
    private final ForceProperties force;
    private final boolean bilingual;

    MessageWriter(MessageTemplates templates, MessageOutbox outbox, ForceProperties force, Languages languages,
                  @Value("${bluelamp.notify.bilingual:false}") boolean bilingual) {
        this.templates = templates;
        this.outbox = outbox;
        this.force = force;
        this.bilingual = bilingual && languages.find(WELSH.code()).isPresent();
    }

    /**
     * The values with the ones every template may use: the force's name and phone number (unless the message gives
     * its own words for how to reach us, as for a Deaf reporter). A value no kind of message has is a listener's
     * mistake (its words would never show), so it stops here, naming the value, and its test fails.
     */
    Map<String, String> withForce(Map<String, String> values) {
        return withForce(values, Language.ENGLISH);
    }

    Map<String, String> withForce(Map<String, String> values, Language language) {
        values.keySet().stream().filter(name -> !MessageKind.anyOffers(name)).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("((" + name + ")) is not a value any message has (MessageKind)");
        });
        var filled = new HashMap<>(values);
        filled.put("force", force.in(language).name());
        filled.putIfAbsent("phone", force.nonEmergencyPhone());
        return filled;
    }

    /**
     * A message of a kind with nothing secret in it, in English.
     *
     * @param cause what the message is about, unique to it (a report's id, a request's id), for its dedupe key
     * @return how many messages were stored now
     */
    int write(MessageKind kind, String cause, String reference, Map<String, String> values, List<Delivery> deliveries) {
        return write(kind, cause, reference, values, null, deliveries);
    }

    /** A message in English whose kind may carry a code or link (see the method with a language). */
    int write(MessageKind kind, String cause, String reference, Map<String, String> values, Instant secretsExpireAt,
              List<Delivery> deliveries) {
        return write(kind, cause, reference, language -> values, secretsExpireAt, deliveries, Language.ENGLISH);
    }

    /**
     * A message whose kind may carry a code or link: the secret values are left out of the stored words (each stays
     * ((name))) and go to the outbox sealed, until {@code secretsExpireAt}, to be put in when it is sent.
     *
     * @param valuesIn        the values in a language (dates and names are words of the language they are read in)
     * @param secretsExpireAt when the code or link stops working; required if the kind has secret values
     * @param language        the person's language: the report's or the request's
     */
    int write(MessageKind kind, String cause, String reference, Function<Language, Map<String, String>> valuesIn,
              Instant secretsExpireAt, List<Delivery> deliveries, Language language) {
        var secrets = new HashMap<String, String>();
        var written = writtenIn(language);
        var words = written.stream().map(in -> words(kind, reference, valuesIn.apply(in), in, secrets)).toList();
        String languageCode = languageCode(language);
        int stored = 0;
        for (Delivery delivery : deliveries) {
            boolean email = delivery.channel() == MessageChannel.EMAIL;
            String subject = email ? String.join(" / ", words.stream().map(Words::subject).toList()) : null;
            String body = String.join(email ? DIVIDER : "\n\n",
                    words.stream().map(each -> email ? each.email() : each.text()).toList());
            var message = new NewMessage(kind.code() + ":" + cause + ":" + delivery.channel().name().toLowerCase(),
                    kind.code(), delivery.channel(), delivery.recipient(), subject, body, reference,
                    delivery.notBefore(), secrets, secrets.isEmpty() ? null : secretsExpireAt, languageCode);
            if (outbox.queue(message)) {
                stored++;
            }
        }
        return stored;
    }

    /** The languages a message to someone who used this language is written in, in order. */
    List<Language> writtenIn(Language language) {
        return bilingual ? List.of(WELSH, Language.ENGLISH) : List.of(language);
    }

    /** What the outbox records a message to them as written in: "cy", or "cy+en" for Welsh then English. */
    String languageCode(Language language) {
        return String.join("+", writtenIn(language).stream().map(Language::code).toList());
    }

    /** A message's words in one language, with its secrets taken out into {@code secrets}. */
    Words words(MessageKind kind, String reference, Map<String, String> values, Language language,
                Map<String, String> secrets) {
        var template = templates.of(kind, language);
        var filled = withForce(values, language);
        if (reference != null) {
            filled.put("reference", reference);
        }
        for (String name : kind.secretValues()) {
            var secret = filled.put(name, SecretWords.placeholder(name));
            if (secret != null) {
                secrets.put(name, secret);
            }
        }
        return new Words(template.subject(filled), template.email(filled), template.text(filled));
    }

    record Words(String subject, String email, String text) {
    }
}
