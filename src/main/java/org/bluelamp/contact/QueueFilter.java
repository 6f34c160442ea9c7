package org.bluelamp.contact;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a queue is narrowed to: report type, status, grading, channel, queue and due. Each value has been checked
 * against the known ones, and goes to the database as a parameter, never as SQL.
 *
 * @param due "overdue" or "due-soon"; null for any
 * @param language the reporter's language, an offered language's code; null for any
 */
public record QueueFilter(String service, String status, String grading, String channel, String queue, String due,
                          String language) {

    public static final QueueFilter NONE = new QueueFilter(null, null, null, null, null, null, null);

    public QueueFilter(String service, String status, String grading, String channel, String queue, String due) {
        this(service, status, grading, channel, queue, due, null);
    }
    public static final Set<String> CHANNELS = Set.of("online", "phone", "in-person", "email", "video-relay",
            "webchat");
    public static final List<String> DUE = List.of("overdue", "due-soon");

    /** The filter from a request's values, dropping any that is not one of the choices offered. */
    static QueueFilter of(String service, String status, String grading, String channel, String queue, String due,
                          List<ServiceName> services, List<String> queues) {
        return of(service, status, grading, channel, queue, due, null, services, queues, List.of());
    }

    /** @param languages the codes of the languages offered, when there are several to filter by; else empty */
    static QueueFilter of(String service, String status, String grading, String channel, String queue, String due,
                          String language, List<ServiceName> services, List<String> queues, List<String> languages) {
        return new QueueFilter(
                services.stream().map(ServiceName::id).filter(id -> id.equals(service)).findFirst().orElse(null),
                ContactStatus.fromCode(status).map(ContactStatus::code).orElse(null),
                Grading.fromCode(grading).map(Grading::code).orElse(null),
                channel != null && CHANNELS.contains(channel) ? channel : null,
                queue != null && queues.contains(queue) ? queue : null,
                due != null && DUE.contains(due) ? due : null,
                language != null && languages.contains(language) ? language : null);
    }

    public boolean any() {
        return service != null || status != null || grading != null || channel != null || queue != null || due != null
                || language != null;
    }

    /** The filter as an address's query, for pages and sorting links to keep it. */
    public String query() {
        var parts = new ArrayList<String>();
        add(parts, "service", service);
        add(parts, "status", status);
        add(parts, "grading", grading);
        add(parts, "channel", channel);
        add(parts, "queue", queue);
        add(parts, "due", due);
        add(parts, "language", language);
        return String.join("&", parts);
    }

    List<String> conditions() {
        var conditions = new ArrayList<String>();
        if (service != null) {
            conditions.add("service_id = :fService");
        }
        if (status != null) {
            conditions.add("status = :fStatus");
        }
        if (grading != null) {
            conditions.add("grading = :fGrading");
        }
        if (channel != null) {
            conditions.add("channel = :fChannel");
        }
        if (queue != null) {
            conditions.add("queue = :fQueue");
        }
        if (language != null) {
            conditions.add("language = :fLanguage");
        }
        if ("overdue".equals(due)) {
            conditions.add(Contacts.NEXT_DUE + " < :now");
        } else if ("due-soon".equals(due)) {
            conditions.add(Contacts.NEXT_DUE + " BETWEEN :now AND :soon");
        }
        return conditions;
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        var bound = spec;
        bound = service == null ? bound : bound.param("fService", service);
        bound = status == null ? bound : bound.param("fStatus", status);
        bound = grading == null ? bound : bound.param("fGrading", grading);
        bound = channel == null ? bound : bound.param("fChannel", channel);
        bound = language == null ? bound : bound.param("fLanguage", language);
        return queue == null ? bound : bound.param("fQueue", queue);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
