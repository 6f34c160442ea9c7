package org.bluelamp.open311;

import tools.jackson.databind.json.JsonMapper;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Open311 response as one tree, written as XML or as JSON by the spec's programmatic mapping (the Spark
 * convention): an object is an element with a child per field, a list is an element holding one element per item (in
 * JSON an array), a null is an empty element. So the two formats cannot say different things.
 */
final class Document {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private Document() {
    }

    /** An element with a child per field, in order; a field's value is text, a boolean, a number, null or a node. */
    record Obj(String name, Map<String, Object> fields) {

        Obj {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        /** A document's root element. */
        static Obj root(String name, Object... pairs) {
            return new Obj(name, of(pairs).fields());
        }

        /** An object within a document, named by the field or list that holds it. */
        static Obj of(Object... pairs) {
            var fields = new LinkedHashMap<String, Object>();
            for (int i = 0; i < pairs.length; i += 2) {
                fields.put((String) pairs[i], pairs[i + 1]);
            }
            return new Obj(null, fields);
        }
    }

    /** An element holding one {@code itemName} element per item. */
    record Arr(String name, String itemName, List<?> items) {

        Arr {
            items = java.util.Collections.unmodifiableList(new ArrayList<>(items));
        }
    }

    static String xml(Object root) {
        var text = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(text);
            xml.writeStartDocument("utf-8", "1.0");
            write(xml, root instanceof Obj obj ? obj.name() : ((Arr) root).name(), root);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static void write(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        switch (value) {
            case Obj obj -> {
                for (var field : obj.fields().entrySet()) {
                    write(xml, field.getKey(), field.getValue());
                }
            }
            case Arr arr -> {
                for (Object item : arr.items()) {
                    write(xml, arr.itemName(), item);
                }
            }
            default -> xml.writeCharacters(String.valueOf(value));
        }
        xml.writeEndElement();
    }

    static String json(Object root) {
        return JSON.writeValueAsString(plain(root));
    }

    private static Object plain(Object value) {
        return switch (value) {
            case Obj obj -> {
                var map = new LinkedHashMap<String, Object>();
                obj.fields().forEach((name, field) -> map.put(name, plain(field)));
                yield map;
            }
            case Arr arr -> arr.items().stream().map(Document::plain).toList();
            case null -> null;
            default -> value;
        };
    }
}
