package org.bluelamp.integration.docs;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The API's OpenAPI document as the reference page draws it: each operation with its method, path, summary, the
 * scope it needs, its parameters and its request and response bodies, and the schemas they name. Read from the
 * document springdoc serves, so the page and the document never disagree. (Public only because the page's template
 * is compiled elsewhere.)
 */
public record ApiReference(String title, String version, String description, String server, String tokenUrl,
                           List<Scope> scopes, List<Operation> operations, List<Schema> schemas) {

    public record Scope(String code, String description) {
    }

    /** A type as a developer reads it: "string (date-time)", "Event[]", a schema's name linked to it. */
    public record Type(String before, String schema, String after) {
        static Type of(String words) {
            return new Type(words, null, "");
        }
    }

    public record Parameter(String name, String in, boolean required, Type type, String description) {
    }

    public record Body(String mediaType, Type type) {
    }

    public record Response(String status, String description, List<Body> bodies) {
    }

    public record Operation(String method, String path, String summary, String description, String scope,
                            List<Parameter> parameters, boolean bodyRequired, List<Body> requestBodies,
                            List<Response> responses) {

        /** The operation's place on the page, for the contents' links. */
        public String anchor() {
            return "op-" + method.toLowerCase(Locale.ROOT) + path.replaceAll("[^A-Za-z0-9]+", "-")
                    .replaceAll("-$", "");
        }
    }

    public record Property(String name, Type type, boolean required, String description) {
    }

    public record Schema(String name, String description, Type type, List<Property> properties) {
        public String anchor() {
            return "schema-" + name;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete", "head", "options");

    /** Reads the document (its JSON). */
    static ApiReference read(byte[] document) {
        JsonNode root = JSON.readTree(document);
        var info = root.path("info");
        var server = root.path("servers").path(0);
        var flow = root.path("components").path("securitySchemes").path(ApiDocumentConfiguration.OAUTH2)
                .path("flows").path("clientCredentials");
        var scopes = new ArrayList<Scope>();
        flow.path("scopes").properties().forEach(e -> scopes.add(new Scope(e.getKey(), text(e.getValue()))));
        return new ApiReference(text(info.path("title")), text(info.path("version")),
                text(info.path("description")), text(server.path("url")), text(flow.path("tokenUrl")),
                scopes, operations(root), schemas(root));
    }

    private static List<Operation> operations(JsonNode root) {
        var operations = new ArrayList<Operation>();
        root.path("paths").properties().forEach(path -> {
            var common = path.getValue().path("parameters");
            for (String method : METHODS) {
                var operation = path.getValue().path(method);
                if (operation.isObject()) {
                    operations.add(operation(method, path.getKey(), operation, common, root));
                }
            }
        });
        operations.sort(Comparator.comparing(Operation::path)
                .thenComparing(o -> METHODS.indexOf(o.method().toLowerCase(Locale.ROOT))));
        return List.copyOf(operations);
    }

    private static Operation operation(String method, String path, JsonNode operation, JsonNode common,
                                       JsonNode root) {
        var parameters = new ArrayList<Parameter>();
        for (JsonNode each : List.of(common, operation.path("parameters"))) {
            each.values().forEach(p -> {
                var parameter = p.has("$ref") ? resolve(root, text(p.path("$ref"))) : p;
                parameters.add(new Parameter(text(parameter.path("name")), text(parameter.path("in")),
                        parameter.path("required").asBoolean(false), type(parameter.path("schema")),
                        text(parameter.path("description"))));
            });
        }
        var body = operation.path("requestBody");
        var responses = new ArrayList<Response>();
        operation.path("responses").properties().forEach(r -> responses.add(new Response(r.getKey(),
                text(r.getValue().path("description")), bodies(r.getValue().path("content")))));
        responses.sort(Comparator.comparing(Response::status));
        String summary = text(operation.path("summary"));
        return new Operation(method.toUpperCase(Locale.ROOT), path,
                summary.isEmpty() ? text(operation.path("operationId")) : summary,
                text(operation.path("description")), scope(operation, root), List.copyOf(parameters),
                body.path("required").asBoolean(false), bodies(body.path("content")), List.copyOf(responses));
    }

    /** The scope the operation's first security requirement names, else the document's. */
    private static String scope(JsonNode operation, JsonNode root) {
        var security = operation.has("security") ? operation.path("security") : root.path("security");
        for (JsonNode requirement : security.values()) {
            var scopes = requirement.path(ApiDocumentConfiguration.OAUTH2);
            if (scopes.isArray() && !scopes.isEmpty()) {
                return scopes.values().stream().map(ApiReference::text).collect(Collectors.joining(" "));
            }
        }
        return "";
    }

    private static List<Body> bodies(JsonNode content) {
        var bodies = new ArrayList<Body>();
        content.properties().forEach(c -> bodies.add(new Body(c.getKey(), type(c.getValue().path("schema")))));
        return List.copyOf(bodies);
    }

    private static List<Schema> schemas(JsonNode root) {
        var schemas = new ArrayList<Schema>();
        root.path("components").path("schemas").properties().forEach(s -> {
            var schema = s.getValue();
            var required = schema.path("required").values().stream().map(ApiReference::text).toList();
            var properties = new ArrayList<Property>();
            schema.path("properties").properties().forEach(p -> properties.add(new Property(p.getKey(),
                    type(p.getValue()), required.contains(p.getKey()), text(p.getValue().path("description")))));
            schemas.add(new Schema(s.getKey(), text(schema.path("description")),
                    properties.isEmpty() ? type(schema) : null, List.copyOf(properties)));
        });
        schemas.sort(Comparator.comparing(Schema::name));
        return List.copyOf(schemas);
    }

    /** A schema as a type: a named schema links to it; arrays, formats, enums and nulls in JSON Schema's terms. */
    static Type type(JsonNode schema) {
        if (schema == null || schema.isMissingNode() || schema.isNull()) {
            return Type.of("");
        }
        if (schema.has("$ref")) {
            String ref = text(schema.path("$ref"));
            return new Type("", ref.substring(ref.lastIndexOf('/') + 1), "");
        }
        for (String combination : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.path(combination).isArray()) {
                var parts = schema.path(combination).values().stream().map(ApiReference::type).toList();
                if (parts.size() == 1) {
                    return parts.getFirst();
                }
                return Type.of(parts.stream().map(t -> t.before() + (t.schema() == null ? "" : t.schema()) + t.after())
                        .collect(Collectors.joining(combination.equals("allOf") ? " & " : " | ")));
            }
        }
        var types = schema.path("type").isArray()
                ? schema.path("type").values().stream().map(ApiReference::text).toList()
                : List.of(text(schema.path("type")));
        if (types.contains("array")) {
            var items = type(schema.path("items"));
            String nullable = types.contains("null") ? " | null" : "";
            return new Type(items.before(), items.schema(), items.after() + "[]" + nullable);
        }
        String words = types.stream().filter(t -> !t.isEmpty()).collect(Collectors.joining(" | "));
        if (words.isEmpty() && schema.has("properties")) {
            words = "object";
        }
        if (schema.has("format")) {
            words += " (" + text(schema.path("format")) + ")";
        }
        if (schema.path("enum").isArray()) {
            words += ": " + schema.path("enum").values().stream().map(v -> v.isString() ? "\"" + text(v) + "\""
                    : v.toString()).collect(Collectors.joining(" | "));
        }
        return Type.of(words);
    }

    private static JsonNode resolve(JsonNode root, String ref) {
        JsonNode node = root;
        for (String part : ref.replaceFirst("^#/", "").split("/")) {
            node = node.path(part);
        }
        return node;
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asString() : "";
    }
}
