package org.bluelamp.open311;

import org.bluelamp.BluelampTest;
import org.bluelamp.integration.ApiTestClients;
import org.bluelamp.platform.KeyedHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bluelamp.open311.Open311Http.child;
import static org.bluelamp.open311.Open311Http.children;
import static org.bluelamp.open311.Open311Http.names;
import static org.bluelamp.open311.Open311Http.text;
import static org.bluelamp.open311.Open311Http.xml;

/**
 * Discovery, the services and their definitions, in XML and JSON, checked field by field against GeoReport v2 (the
 * elements its published JSON schemas require, their types and enums, and the XML as the spec's examples lay it out).
 */
@BluelampTest
class Open311ServicesTest {

    /** The attributes of anti-social behaviour, in the order the public is asked; name, contact, what and where are
     * the standard fields, and "call 999", "call 101" and "tell the council" answers are not offered. */
    private static final List<String> ASB_CODES = List.of("happening-now", "kind", "how-often", "usual-times",
            "people-and-vehicles", "effect", "safe-to-contact", "safe-to-contact-certain-times-detail", "safe-times");
    private static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description",
            "metadata", "type", "keywords", "group");
    private static final List<String> ATTRIBUTE_FIELDS = List.of("variable", "code", "datatype", "required",
            "datatype_description", "order", "description", "values");
    private static final Set<String> DATATYPES = Set.of("string", "number", "datetime", "text", "singlevaluelist",
            "multivaluelist");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    KeyedHash hash;

    Open311Http open311;

    @BeforeEach
    void client() {
        open311 = new Open311Http(new ApiTestClients(jdbc, encoder, hash, port));
    }

    @Test
    void discoveryNamesTheEndpointItsSpecificationAndBothFormats() {
        var response = open311.get("discovery.xml");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/xml;charset=UTF-8");
        assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><discovery>");
        var discovery = xml(response.body());
        assertThat(names(discovery)).containsExactly("changeset", "contact", "key_service", "endpoints");
        var endpoints = children(child(discovery, "endpoints"));
        assertThat(endpoints).hasSize(1);
        var endpoint = endpoints.getFirst();
        assertThat(names(endpoint)).containsExactly("specification", "url", "changeset", "type", "formats");
        assertThat(text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(text(endpoint, "url")).isEqualTo("http://localhost:" + port + "/open311/v2");
        assertThat(text(endpoint, "type")).isEqualTo("production");
        assertThat(children(child(endpoint, "formats")).stream().map(Element::getTextContent))
                .containsExactly("text/xml", "application/json");
        assertThat(text(endpoint, "changeset")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        var json = open311.get("discovery.json");
        assertThat(json.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
        var root = json.json();
        assertThat(root.get("changeset").asString()).isEqualTo(text(discovery, "changeset"));
        var jsonEndpoint = root.get("endpoints").get(0);
        assertThat(jsonEndpoint.get("url").asString()).isEqualTo(text(endpoint, "url"));
        assertThat(jsonEndpoint.get("formats").get(0).asString()).isEqualTo("text/xml");
        assertThat(jsonEndpoint.get("formats").get(1).asString()).isEqualTo("application/json");
    }

    @Test
    void theServicesAreTheDefinitionsReportedOnlineAndTheSameInBothFormats() {
        var json = open311.get("services.json");
        assertThat(json.status()).isEqualTo(200);
        var codes = new ArrayList<String>();
        for (JsonNode service : json.json()) {
            assertThat(fieldNames(service)).containsExactlyElementsOf(SERVICE_FIELDS);
            assertThat(service.get("type").asString()).isEqualTo("realtime");
            assertThat(service.get("metadata").isBoolean()).isTrue();
            codes.add(service.get("service_code").asString());
        }
        assertThat(codes).contains("anti-social-behaviour", "crime", "lost-property", "road-traffic-collision")
                .as("recorded in BSL by the person: it needs its video").doesNotContain("bsl-video-message");
        var asb = find(json.json(), "anti-social-behaviour");
        assertThat(asb.get("service_name").asString()).isEqualTo("Report anti-social behaviour");
        assertThat(asb.get("description").asString()).startsWith("Noise, rowdy or intimidating behaviour");
        assertThat(asb.get("group").asString()).isEqualTo("community");
        assertThat(asb.get("metadata").asBoolean()).isTrue();

        var xml = xml(open311.get("services.xml").body());
        assertThat(xml.getTagName()).isEqualTo("services");
        var services = children(xml);
        assertThat(services).hasSize(codes.size());
        for (int i = 0; i < services.size(); i++) {
            var service = services.get(i);
            assertThat(service.getTagName()).isEqualTo("service");
            assertThat(names(service)).containsExactlyElementsOf(SERVICE_FIELDS);
            var same = json.json().get(i);
            for (String field : SERVICE_FIELDS) {
                assertThat(text(service, field)).as(field).isEqualTo(same.get(field).asString());
            }
        }
    }

    @Test
    void aDefinitionsAttributesAreItsQuestionsInOrderWithTheirChoices() {
        var response = open311.get("services/anti-social-behaviour.json");
        assertThat(response.status()).isEqualTo(200);
        var definition = response.json();
        assertThat(fieldNames(definition)).containsExactly("service_code", "attributes");
        assertThat(definition.get("service_code").asString()).isEqualTo("anti-social-behaviour");
        var attributes = definition.get("attributes");
        var codes = new ArrayList<String>();
        int order = 1;
        for (JsonNode attribute : attributes) {
            assertThat(fieldNames(attribute)).containsExactlyElementsOf(ATTRIBUTE_FIELDS);
            assertThat(attribute.get("variable").asBoolean()).isTrue();
            assertThat(DATATYPES).contains(attribute.get("datatype").asString());
            assertThat(attribute.get("required").isBoolean()).isTrue();
            assertThat(attribute.get("order").asInt()).isEqualTo(order++);
            for (JsonNode value : attribute.get("values")) {
                assertThat(fieldNames(value)).containsExactly("key", "name");
            }
            codes.add(attribute.get("code").asString());
        }
        assertThat(codes).containsExactlyElementsOf(ASB_CODES);

        var happening = attributes.get(0);
        assertThat(happening.get("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(happening.get("required").asBoolean()).isTrue();
        assertThat(happening.get("description").asString()).isEqualTo("Is it happening now?");
        assertThat(happening.get("values")).as("danger and now end the journey: call 999, call 101").hasSize(1);
        assertThat(happening.get("values").get(0).get("key").asString()).isEqualTo("no");
        assertThat(happening.get("values").get(0).get("name").asString())
                .isEqualTo("No, it has stopped, or it keeps happening");
        var kind = attributes.get(1);
        assertThat(valueKeys(kind)).as("environmental problems are the council's")
                .containsExactly("noise", "rowdy", "drink-or-drugs", "vehicles", "neighbours");
        var usualTimes = attributes.get(3);
        assertThat(usualTimes.get("datatype").asString()).isEqualTo("string");
        assertThat(usualTimes.get("required").asBoolean()).isFalse();
        assertThat(usualTimes.get("datatype_description").asString()).startsWith("At most 200 characters.");
        var effect = attributes.get(5);
        assertThat(effect.get("datatype").asString()).isEqualTo("text");
        assertThat(effect.get("required").asBoolean()).isTrue();
        assertThat(effect.get("description").asString()).isEqualTo("How is it affecting you or other people?");
        var detail = attributes.get(7);
        assertThat(detail.get("datatype").asString()).isEqualTo("string");
        assertThat(detail.get("required").asBoolean()).isFalse();
        assertThat(detail.get("datatype_description").asString())
                .contains("Only when attribute[safe-to-contact] is certain-times.");
        var safeTimes = attributes.get(8);
        assertThat(safeTimes.get("datatype").asString()).isEqualTo("multivaluelist");
        assertThat(safeTimes.get("required").asBoolean()).as("asked only when safe at certain times").isFalse();
        assertThat(valueKeys(safeTimes)).hasSize(6).contains("weekdays-0800-1200", "weekends-1700-2100");

        var xml = xml(open311.get("services/anti-social-behaviour.xml").body());
        assertThat(xml.getTagName()).isEqualTo("service_definition");
        assertThat(names(xml)).containsExactly("service_code", "attributes");
        var xmlAttributes = children(child(xml, "attributes"));
        assertThat(xmlAttributes).hasSize(ASB_CODES.size());
        var first = xmlAttributes.getFirst();
        assertThat(first.getTagName()).isEqualTo("attribute");
        assertThat(names(first)).containsExactlyElementsOf(ATTRIBUTE_FIELDS);
        assertThat(text(first, "code")).isEqualTo("happening-now");
        assertThat(text(first, "required")).isEqualTo("true");
        assertThat(text(first, "order")).isEqualTo("1");
        var value = children(child(first, "values")).getFirst();
        assertThat(value.getTagName()).isEqualTo("value");
        assertThat(names(value)).containsExactly("key", "name");
        assertThat(text(value, "key")).isEqualTo("no");
        assertThat(child(xmlAttributes.get(3), "values").getChildNodes().getLength()).isZero();
    }

    /** Open311 has no language: the definitions' English words, never mixed with their Welsh. */
    @Test
    void theWordsAreTheEnglishDefinitionsNeverWelsh() {
        var body = open311.get("services/anti-social-behaviour.json").body() + open311.get("services.json").body();
        assertThat(body).contains("What kind of anti-social behaviour is it?", "How often does it happen?")
                .doesNotContain("Ydy hyn yn digwydd nawr?", "Pa fath o ymddygiad gwrthgymdeithasol yw hyn?",
                        "Rhoi gwybod am ymddygiad gwrthgymdeithasol");
        assertThat(open311.get("services/anti-social-behaviour.xml").body())
                .contains("Is it happening now?").doesNotContain("Ydy hyn yn digwydd nawr?");
    }

    @Test
    void unknownServicesFormatsAndTokensAre404sInTheSpecsErrorFormat() {
        var unknown = open311.get("services/pothole.xml");
        assertThat(unknown.status()).isEqualTo(404);
        var errors = xml(unknown.body());
        assertThat(errors.getTagName()).isEqualTo("errors");
        var error = children(errors).getFirst();
        assertThat(names(error)).containsExactly("code", "description");
        assertThat(text(error, "code")).isEqualTo("404");
        assertThat(text(error, "description")).isEqualTo("service_code pothole was not found");

        var json = open311.get("services/pothole.json");
        assertThat(json.status()).isEqualTo(404);
        assertThat(json.json().get(0).get("code").asInt()).isEqualTo(404);
        assertThat(json.json().get(0).get("description").asString()).isEqualTo("service_code pothole was not found");

        var format = open311.get("services.csv");
        assertThat(format.status()).isEqualTo(404);
        assertThat(text(children(xml(format.body())).getFirst(), "description"))
                .isEqualTo("Unknown format .csv: use .xml or .json");
        var token = open311.get("tokens/12345.json");
        assertThat(token.status()).isEqualTo(404);
        assertThat(token.json().get(0).get("description").asString()).startsWith("Tokens are never issued");
        var nowhere = open311.get("nowhere");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(xml(nowhere.body()).getTagName()).isEqualTo("errors");
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> valueKeys(JsonNode attribute) {
        var keys = new ArrayList<String>();
        attribute.get("values").forEach(v -> keys.add(v.get("key").asString()));
        return keys;
    }

    private static JsonNode find(JsonNode services, String code) {
        for (JsonNode service : services) {
            if (service.get("service_code").asString().equals(code)) {
                return service;
            }
        }
        throw new AssertionError("no service " + code);
    }
}
