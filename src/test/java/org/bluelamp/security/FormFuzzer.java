package org.bluelamp.security;

import org.bluelamp.security.HostileClient.Pair;
import org.bluelamp.security.PageForms.Field;
import org.bluelamp.security.PageForms.Form;
import org.bluelamp.security.PageForms.Kind;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends one form many times, each time with something wrong: hostile values in every field or in one, choices
 * that were never offered, fields twice or missing, the wrong content type, too much of everything, hostile files,
 * a hostile query string. What comes back is checked by the client's {@link Findings}.
 */
final class FormFuzzer {

    enum Mutation {
        EVERY_FIELD, ONE_FIELD, WRONG_CHOICE, DUPLICATED, MISSING, EXTRA_FIELDS, TOO_MANY_FIELDS, WRONG_CONTENT_TYPE,
        OVERSIZED, NO_CSRF, HOSTILE_BUTTON, HOSTILE_QUERY, FILES
    }

    private static final AtomicInteger CASES = new AtomicInteger();

    private final HostileClient client;
    private final Random random;
    private final List<HostileFiles.File> files;
    private final java.time.Instant deadline;

    FormFuzzer(HostileClient client, Random random, java.time.Instant deadline) {
        this.client = client;
        this.deadline = deadline;
        this.random = random;
        this.files = HostileFiles.all(random);
    }

    /** Sends {@code cases} hostile variants of the form, starting from {@code valid} (name to values). */
    void fuzz(String key, Form form, int cases, Map<String, List<String>> valid) {
        boolean takesFiles = form.fields().stream().anyMatch(f -> f.kind() == Kind.FILE);
        for (int i = 0; i < cases && java.time.Instant.now().isBefore(deadline); i++) {
            int n = CASES.incrementAndGet();
            Mutation mutation = takesFiles && i < files.size() ? Mutation.FILES
                    : Mutation.values()[random.nextInt(Mutation.values().length - (takesFiles ? 0 : 1))];
            // The costly cases (megabytes of body, a thousand fields, 100 KB values) are kept to one in a few.
            boolean heavyTurn = n % 8 == 0;
            while (!heavyTurn && (mutation == Mutation.OVERSIZED || mutation == Mutation.TOO_MANY_FIELDS)) {
                mutation = Mutation.values()[random.nextInt(Mutation.values().length - 1)];
            }
            var kind = heavyTurn ? HostileValues.pick(random) : HostileValues.pickShort(random);
            String label = n + ":" + mutation + "/" + kind.name();
            send(key, label, form, mutation, kind, n, i, valid);
        }
    }

    private void send(String key, String label, Form form, Mutation mutation, HostileValues.Kind kind, int n, int i,
                      Map<String, List<String>> valid) {
        var values = new LinkedHashMap<String, List<String>>(valid);
        var raw = new LinkedHashMap<String, Boolean>();
        var editable = form.fields().stream().filter(f -> f.kind() != Kind.FILE && !f.name().equals("_csrf")).toList();
        String action = form.action();
        List<HostileClient.Upload> uploads = List.of();
        switch (mutation) {
            case EVERY_FIELD -> editable.forEach(f -> {
                values.put(f.name(), List.of(kind.value().apply(n)));
                raw.put(f.name(), kind.raw());
            });
            case ONE_FIELD, WRONG_CHOICE -> {
                var choices = editable.stream().filter(f -> mutation == Mutation.ONE_FIELD
                        || f.kind() == Kind.RADIO || f.kind() == Kind.CHECKBOX || f.kind() == Kind.SELECT
                        || f.kind() == Kind.HIDDEN).toList();
                var target = choices.isEmpty() ? (editable.isEmpty() ? null : editable.getFirst())
                        : choices.get(random.nextInt(choices.size()));
                if (target != null) {
                    values.put(target.name(), List.of(kind.value().apply(n)));
                    raw.put(target.name(), kind.raw());
                }
            }
            case DUPLICATED -> editable.forEach(f -> values.put(f.name(), List.of(
                    first(values.get(f.name())), kind.raw() ? "dup" : kind.value().apply(n), "third")));
            case MISSING -> editable.forEach(f -> {
                if (random.nextBoolean()) {
                    values.remove(f.name());
                }
            });
            case EXTRA_FIELDS -> {
                for (int extra = 0; extra < 30; extra++) {
                    values.put("extra-" + extra + "[" + n + "]", List.of(kind.raw() ? "x" : kind.value().apply(n)));
                }
                values.put("class", List.of("java.lang.Runtime"));
                values.put("page.service.id", List.of("../" + n));
            }
            case TOO_MANY_FIELDS -> {
                for (int extra = 0; extra < 1200; extra++) {
                    values.put("f" + extra, List.of("v"));
                }
            }
            case NO_CSRF -> values.remove("_csrf");
            case HOSTILE_BUTTON -> {
                var names = form.buttons().stream().map(PageForms.Button::name).filter(b -> !b.isBlank()).toList();
                String name = names.isEmpty() ? "action" : names.get(random.nextInt(names.size()));
                values.put(name, List.of(List.of("remove-" + kind.value().apply(n), "remove--1", "remove-99999999999",
                        "edit-" + n, kind.value().apply(n)).get(random.nextInt(5))));
            }
            case HOSTILE_QUERY -> action = form.path() + "?" + hostileQuery(kind, n);
            case FILES -> uploads = filesFor(form, i);
            default -> {
            }
        }
        var pairs = pairs(values, raw, form, mutation);
        switch (mutation) {
            case WRONG_CONTENT_TYPE -> {
                byte[] body = HostileClient.encode(pairs).getBytes(StandardCharsets.UTF_8);
                String type = List.of("text/plain", "application/json", "multipart/form-data",
                        "multipart/form-data; boundary=zz", "application/x-www-form-urlencoded; charset=utf-7",
                        "application/xml").get(random.nextInt(6));
                client.postBytes(key, label + " as " + type, action, type, body);
            }
            case OVERSIZED -> {
                var big = new ArrayList<>(pairs);
                big.add(Pair.of("padding", "x".repeat(2 * 1024 * 1024)));
                client.post(key, label, action, big);
            }
            default -> {
                if (form.multipart() || !uploads.isEmpty()) {
                    client.multipart(key, label, action, pairs, uploads);
                } else {
                    client.post(key, label, action, pairs);
                }
            }
        }
    }

    /** The pairs to send: each field's values, then the first button, as a browser sends when Enter is pressed. */
    private List<Pair> pairs(Map<String, List<String>> values, Map<String, Boolean> raw, Form form, Mutation mutation) {
        var pairs = new ArrayList<Pair>();
        values.forEach((name, list) -> list.forEach(value ->
                pairs.add(new Pair(name, value, raw.getOrDefault(name, false)))));
        if (mutation != Mutation.HOSTILE_BUTTON) {
            form.buttons().stream().filter(b -> !b.name().isBlank()).findFirst()
                    .ifPresent(b -> pairs.add(Pair.of(b.name(), b.value())));
        }
        return pairs;
    }

    private List<HostileClient.Upload> filesFor(Form form, int i) {
        String input = form.fields().stream().filter(f -> f.kind() == Kind.FILE).map(Field::name).findFirst()
                .orElse("file");
        var file = files.get(i % files.size());
        return List.of(new HostileClient.Upload(input, file.name(), file.contentType(), file.content()));
    }

    String hostileQuery(HostileValues.Kind kind, int n) {
        String value = kind.raw() ? kind.value().apply(n)
                : java.net.URLEncoder.encode(shortened(kind.value().apply(n)), StandardCharsets.UTF_8);
        var names = List.of("entry", "change", "page", "view", "unsaved", "done", "moved", "q", "from", "request",
                "reference", "sort", "kind", "team", "status", "contact", "reason");
        var query = new StringBuilder();
        for (int k = 0; k < 3; k++) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(names.get(random.nextInt(names.size()))).append('=').append(value);
        }
        return query.toString();
    }

    private static String shortened(String value) {
        return value.length() > 3000 ? value.substring(0, 3000) : value;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    static int cases() {
        return CASES.get();
    }
}
