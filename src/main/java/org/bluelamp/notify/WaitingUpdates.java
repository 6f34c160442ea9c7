package org.bluelamp.notify;

import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.LanguageTexts;
import org.bluelamp.reporting.Reference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Updates to reporters, each waiting in the message table for {@link UpdateProperties#window()} after the last action
 * on its report, so that actions close together go as one message listing them. It waits as a queued message whose
 * next attempt is the time to send it, so the worker needs no other rule, and it is as durable as any message: a
 * restart or a second instance changes nothing. A later update on the same report, to the same recipient, is folded
 * into the one still waiting: its news added once (the same news twice is listed once) and its time moved on, never
 * beyond {@link UpdateProperties#longestHold()} after the first (nor before a time the reporter said is safe).
 */
@Repository
class WaitingUpdates {

    private final JdbcClient jdbc;
    private final MessageOutbox outbox;
    private final MessageTemplates templates;
    private final MessageWriter writer;
    private final UpdateProperties settings;
    private final Clock clock;
    private final LanguageTexts languageTexts;

    WaitingUpdates(JdbcClient jdbc, MessageOutbox outbox, MessageTemplates templates, MessageWriter writer,
                   UpdateProperties settings, Clock clock, LanguageTexts languageTexts) {
        this.languageTexts = languageTexts;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.templates = templates;
        this.writer = writer;
        this.settings = settings;
        this.clock = clock;
    }

    /** A waiting update found for one recipient. */
    private record Waiting(UUID id, List<String> news, Instant createdAt) {
    }

    /**
     * Adds news about a report for each way the reporter is to hear it, in the caller's transaction.
     *
     * @param cause  the event, unique to it: an event handled again adds nothing
     * @param valuesIn the template's values besides the news (the link), in a language
     * @param language the report's language, which the update is written in
     */
    @Transactional
    void add(Reference reference, String cause, UpdateNews news, Function<Language, Map<String, String>> valuesIn,
             List<Delivery> deliveries, Language language) {
        if (deliveries.isEmpty()) {
            return;
        }
        var now = clock.instant();
        // One report's updates are gathered one at a time, across instances, so two actions at once make one message.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "waiting-update:" + reference)
                .query((rs, row) -> 1).list();
        boolean added = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM message
                                       WHERE reference = :reference AND kind = 'update' AND :cause = ANY (causes))""")
                .param("reference", reference.value()).param("cause", cause).query(Boolean.class).single();
        if (added) {
            return;
        }
        for (Delivery delivery : deliveries) {
            var waiting = jdbc.sql("""
                            SELECT id, news, created_at FROM message
                            WHERE reference = :reference AND kind = 'update' AND channel = :channel
                              AND recipient = :recipient AND status = 'queued' AND attempts = 0
                              AND next_attempt_at > :now
                            ORDER BY created_at LIMIT 1
                            FOR UPDATE""")
                    .param("reference", reference.value()).param("channel", Messages.code(delivery.channel()))
                    .param("recipient", delivery.recipient()).param("now", Timestamp.from(now))
                    .query((rs, row) -> new Waiting(rs.getObject("id", UUID.class),
                            List.of((String[]) rs.getArray("news").getArray()), rs.getTimestamp("created_at").toInstant()))
                    .optional();
            if (waiting.isPresent()) {
                fold(waiting.get(), reference, cause, news, valuesIn, delivery, now, language);
            } else {
                start(reference, cause, news, valuesIn, delivery, now, language);
            }
        }
    }

    /**
     * Drops the updates still waiting about a report, for a message that tells more (its outcome): "closed" followed
     * by "there is an update" would say less, later. Runs in the caller's transaction, under the report's lock.
     */
    @Transactional
    void supersede(Reference reference) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "waiting-update:" + reference)
                .query((rs, row) -> 1).list();
        jdbc.sql("""
                        DELETE FROM message
                        WHERE reference = :reference AND kind = 'update' AND status = 'queued' AND attempts = 0""")
                .param("reference", reference.value()).update();
    }

    private void start(Reference reference, String cause, UpdateNews news,
                       Function<Language, Map<String, String>> valuesIn, Delivery delivery, Instant now,
                       Language language) {
        var words = words(reference, List.of(news.code()), valuesIn, delivery.channel(), language);
        String key = MessageKind.UPDATE.code() + ":" + cause + ":" + Messages.code(delivery.channel());
        outbox.queue(new NewMessage(key, MessageKind.UPDATE.code(), delivery.channel(), delivery.recipient(),
                words.subject(), words.body(), reference.value(), later(delivery.notBefore(), now.plus(settings.window())),
                Map.of(), null, writer.languageCode(language)));
        jdbc.sql("UPDATE message SET news = :news, causes = :causes WHERE dedupe_key = :key")
                .param("news", new String[] {news.code()}).param("causes", new String[] {cause}).param("key", key)
                .update();
    }

    private void fold(Waiting waiting, Reference reference, String cause, UpdateNews news,
                      Function<Language, Map<String, String>> valuesIn, Delivery delivery, Instant now,
                      Language language) {
        var all = new ArrayList<>(waiting.news());
        if (!all.contains(news.code())) {
            all.add(news.code());
        }
        var words = words(reference, all, valuesIn, delivery.channel(), language);
        var latest = waiting.createdAt().plus(settings.longestHold());
        var sendAt = later(delivery.notBefore(), earlier(now.plus(settings.window()), latest));
        jdbc.sql("""
                        UPDATE message
                        SET news = :news, causes = array_append(causes, :cause), subject = :subject, body = :body,
                            not_before = :sendAt, next_attempt_at = :sendAt
                        WHERE id = :id""")
                .param("news", all.toArray(String[]::new)).param("cause", cause).param("subject", words.subject())
                .param("body", words.body()).param("sendAt", Timestamp.from(sendAt)).param("id", waiting.id())
                .update();
    }

    private record Words(String subject, String body) {
    }

    /** The update's words in the report's language, or Welsh then English where the force sends both. */
    private Words words(Reference reference, List<String> news, Function<Language, Map<String, String>> valuesIn,
                        MessageChannel channel, Language language) {
        var each = writer.writtenIn(language).stream().map(in -> {
            var filled = new HashMap<>(writer.withForce(valuesIn.apply(in), in));
            filled.put("reference", reference.value());
            var texts = languageTexts.texts(in);
            filled.put("news", news.stream().flatMap(code -> UpdateNews.fromCode(code).stream())
                    .map(line -> line.line(texts)).collect(Collectors.joining("\n")));
            var template = templates.of(MessageKind.UPDATE, in);
            return channel == MessageChannel.EMAIL
                    ? new Words(template.subject(filled), template.email(filled))
                    : new Words(null, template.text(filled));
        }).toList();
        return new Words(channel == MessageChannel.EMAIL
                ? String.join(" / ", each.stream().map(Words::subject).toList()) : null,
                String.join(channel == MessageChannel.EMAIL ? MessageWriter.DIVIDER : "\n\n",
                        each.stream().map(Words::body).toList()));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
