package org.bluelamp.open311;

import org.bluelamp.platform.ForceProperties;
import org.bluelamp.reporting.ReportsFromSystems;
import org.bluelamp.reporting.SystemQuestion;
import org.bluelamp.reporting.SystemService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Service discovery, the list of services and each service's definition, generated from the report definitions:
 * nothing here is configured twice. No api_key is needed to read them, as the spec has it.
 */
@RestController
@RequestMapping(Open311Paths.BASE)
class ServicesController {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    private final ReportsFromSystems reports;
    private final ForceProperties force;
    /** Definitions change only with a release, so the services have changed at most since this instance started. */
    private final Instant changeset;

    ServicesController(ReportsFromSystems reports, ForceProperties force, Clock clock) {
        this.reports = reports;
        this.force = force;
        this.changeset = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    @GetMapping("/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format) {
        var url = ServletUriComponentsBuilder.fromCurrentContextPath().path(Open311Paths.BASE).toUriString();
        var formats = new Document.Arr("formats", "format", List.of(Format.XML.listed(), Format.JSON.listed()));
        var endpoint = Document.Obj.of("specification", SPECIFICATION, "url", url,
                "changeset", changeset.toString(), "type", "production", "formats", formats);
        return Responses.ok(Responses.format(format), Document.Obj.root("discovery",
                "changeset", changeset.toString(), "contact", Words.contact(force.name()),
                "key_service", Words.KEY_SERVICE,
                "endpoints", new Document.Arr("endpoints", "endpoint", List.of(endpoint))));
    }

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format) {
        var chosen = Responses.format(format);
        return Responses.ok(chosen, new Document.Arr("services", "service",
                reports.services().stream().map(ServicesController::service).toList()));
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format) {
        var chosen = Responses.format(format);
        var service = reports.service(code)
                .orElseThrow(() -> Refusal.of(HttpStatus.NOT_FOUND, Words.unknownService(code)));
        return Responses.ok(chosen, Document.Obj.root("service_definition", "service_code", service.id(),
                "attributes", new Document.Arr("attributes", "attribute", attributes(service))));
    }

    private static Document.Obj service(SystemService service) {
        return Document.Obj.of("service_code", service.id(), "service_name", service.title(),
                "description", service.summary(), "metadata", !service.questions().isEmpty(), "type", "realtime",
                "keywords", keywords(service), "group", service.group());
    }

    /** The service's id in words and its group, so a client can find it by either. */
    private static String keywords(SystemService service) {
        return String.join(", ", service.id().replace('-', ' '), service.group().replace('-', ' '));
    }

    private static List<Document.Obj> attributes(SystemService service) {
        var attributes = new ArrayList<Document.Obj>();
        int order = 1;
        for (SystemQuestion question : service.questions()) {
            attributes.add(Document.Obj.of("variable", true, "code", question.code(),
                    "datatype", datatype(question.kind()), "required", question.required(),
                    "datatype_description", Words.datatype(question), "order", order++,
                    "description", question.words(),
                    "values", new Document.Arr("values", "value", question.choices().stream()
                            .map(c -> Document.Obj.of("key", c.value(), "name", c.label())).toList())));
        }
        return attributes;
    }

    static String datatype(SystemQuestion.Kind kind) {
        return switch (kind) {
            case STRING -> "string";
            case TEXT -> "text";
            case NUMBER -> "number";
            case DATE, DATE_TIME -> "datetime";
            case ONE_OF -> "singlevaluelist";
            case ANY_OF -> "multivaluelist";
        };
    }
}
