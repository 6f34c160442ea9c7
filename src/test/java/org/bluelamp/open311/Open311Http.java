package org.bluelamp.open311;

import org.bluelamp.integration.ApiTestClients;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Calls to /open311/v2 as a client such as FixMyStreet makes them, and the XML they get back, read strictly. */
final class Open311Http {

    private final ApiTestClients clients;

    Open311Http(ApiTestClients clients) {
        this.clients = clients;
    }

    ApiTestClients.Response get(String path) {
        return clients.send(HttpRequest.newBuilder(URI.create(clients.base() + "/open311/v2/" + path)).GET().build());
    }

    /** A form POST, the pairs in order: name, value, name, value... */
    ApiTestClients.Response post(String path, String... pairs) {
        var body = new ArrayList<String>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return postRaw(path, String.join("&", body));
    }

    ApiTestClients.Response postRaw(String path, String body) {
        return clients.send(HttpRequest.newBuilder(URI.create(clients.base() + "/open311/v2/" + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The body as XML, with no DTDs or entities. */
    static Element xml(String body) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The element's child elements, in order. */
    static List<Element> children(Element element) {
        var children = new ArrayList<Element>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }

    static List<String> names(Element element) {
        return children(element).stream().map(Element::getTagName).collect(Collectors.toList());
    }

    static Element child(Element element, String name) {
        return children(element).stream().filter(c -> c.getTagName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + element.getTagName() + ">"));
    }

    static String text(Element element, String name) {
        return child(element, name).getTextContent();
    }
}
