package org.bluelamp.security;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forms on a page as a browser sees them: where each posts, its fields with the values a person could choose,
 * and its buttons. Read with jsoup so the hostile-input run finds forms instead of knowing them.
 */
final class PageForms {

    private PageForms() {
    }

    /** A field's kind, as far as filling it in goes. */
    enum Kind { TEXT, TEXTAREA, HIDDEN, RADIO, CHECKBOX, SELECT, FILE }

    /** One named field: its kind, the type attribute, the value shown, the values offered and those chosen now. */
    record Field(String name, Kind kind, String type, String value, List<String> options, Set<String> chosen,
                 boolean conditional) {
    }

    /** A submit button: its name and value are sent only when it is the one pressed. */
    record Button(String name, String value) {
    }

    record Form(String action, String method, boolean multipart, List<Field> fields, List<Button> buttons) {

        Field field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
        }

        boolean posts() {
            return method.equalsIgnoreCase("post");
        }

        /** The action without its query string. */
        String path() {
            int query = action.indexOf('?');
            return query < 0 ? action : action.substring(0, query);
        }
    }

    static Document parse(String html, String path) {
        return Jsoup.parse(html, "http://localhost" + path);
    }

    static List<Form> of(Document page, String path) {
        var forms = new ArrayList<Form>();
        for (Element form : page.select("form")) {
            String action = form.attr("action").isBlank() ? path : form.attr("action");
            var fields = new LinkedHashMap<String, Field>();
            var buttons = new ArrayList<Button>();
            var members = new ArrayList<Element>(form.select("input, textarea, select, button"));
            // Buttons elsewhere on the page that belong to this form by its id (as "remove" buttons do).
            if (!form.id().isBlank()) {
                members.addAll(page.select("[form=" + form.id() + "]"));
            }
            for (Element input : members) {
                String name = input.attr("name");
                String tag = input.tagName();
                String type = input.attr("type").toLowerCase();
                if (tag.equals("button") || type.equals("submit")) {
                    if (!name.isBlank()) {
                        buttons.add(new Button(name, input.attr("value")));
                    } else {
                        buttons.add(new Button("", ""));
                    }
                    continue;
                }
                if (name.isBlank() || type.equals("button") || type.equals("reset")) {
                    continue;
                }
                switch (tag) {
                    case "textarea" -> fields.putIfAbsent(name, new Field(name, Kind.TEXTAREA, "textarea",
                            input.wholeText(), List.of(), Set.of(), conditional(input)));
                    case "select" -> {
                        var options = input.select("option").eachAttr("value");
                        var chosen = new LinkedHashSet<String>(input.select("option[selected]").eachAttr("value"));
                        fields.putIfAbsent(name, new Field(name, Kind.SELECT, "select", "", options, chosen,
                                conditional(input)));
                    }
                    default -> {
                        Kind kind = switch (type) {
                            case "hidden" -> Kind.HIDDEN;
                            case "radio" -> Kind.RADIO;
                            case "checkbox" -> Kind.CHECKBOX;
                            case "file" -> Kind.FILE;
                            default -> Kind.TEXT;
                        };
                        if (kind == Kind.RADIO || kind == Kind.CHECKBOX) {
                            var known = fields.get(name);
                            var options = new ArrayList<String>(known == null ? List.of() : known.options());
                            var chosen = new LinkedHashSet<String>(known == null ? Set.of() : known.chosen());
                            options.add(input.attr("value"));
                            if (input.hasAttr("checked")) {
                                chosen.add(input.attr("value"));
                            }
                            fields.put(name, new Field(name, kind, type, "", List.copyOf(options), chosen,
                                    conditional(input)));
                        } else {
                            fields.putIfAbsent(name, new Field(name, kind, type, input.attr("value"), List.of(),
                                    Set.of(), conditional(input)));
                        }
                    }
                }
            }
            forms.add(new Form(action, form.attr("method").isBlank() ? "get" : form.attr("method"),
                    form.attr("enctype").equalsIgnoreCase("multipart/form-data"), List.copyOf(fields.values()),
                    List.copyOf(buttons)));
        }
        return forms;
    }

    /** A field shown only when a choice is made (GOV.UK conditional reveal): kept only with that choice. */
    private static boolean conditional(Element input) {
        return input.closest("[class*=__conditional]") != null;
    }

    /** Links on the page to this application's own pages (no assets, no other sites). */
    static List<String> links(Document page) {
        var links = new ArrayList<String>();
        for (Element a : page.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/assets")
                    && !href.startsWith("/webjars")) {
                int hash = href.indexOf('#');
                links.add(hash < 0 ? href : href.substring(0, hash));
            }
        }
        return links;
    }

    /** The fields' current values as a browser would send them with the first button: name, value pairs. */
    static Map<String, List<String>> shown(Form form) {
        var values = new LinkedHashMap<String, List<String>>();
        for (Field field : form.fields()) {
            switch (field.kind()) {
                case RADIO, CHECKBOX, SELECT -> values.put(field.name(), List.copyOf(field.chosen()));
                case FILE -> {
                }
                default -> values.put(field.name(), List.of(field.value()));
            }
        }
        return values;
    }
}
