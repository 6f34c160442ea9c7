package org.bluelamp.open311;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.contact.emergency.PossibleEmergencyRules;
import org.bluelamp.platform.ForceProperties;
import org.bluelamp.reporting.Channel;
import org.bluelamp.reporting.ReportsFromSystems;
import org.bluelamp.reporting.SystemReport;
import org.bluelamp.reporting.SystemReportRefused;
import org.bluelamp.reporting.SystemService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sending a service request, and the status of a client's own requests. Sending needs an api_key; so, unlike the
 * spec, does reading requests: a police report is not a pothole, and who reported what and when is not public. A
 * client reads only the requests it sent, with no personal data: no description, address or coordinates.
 */
@RestController
@RequestMapping(Open311Paths.BASE)
class RequestsController {

    private static final Logger LOG = LoggerFactory.getLogger(RequestsController.class);
    private static final String ATTRIBUTE = "attribute[";

    private final Callers callers;
    private final ReportsFromSystems reports;
    private final ServiceRequestIntake intake;
    private final RequestQuery query;
    private final PossibleEmergencyRules emergencies;
    private final ForceProperties force;

    RequestsController(Callers callers, ReportsFromSystems reports, ServiceRequestIntake intake, RequestQuery query,
                       PossibleEmergencyRules emergencies, ForceProperties force) {
        this.callers = callers;
        this.reports = reports;
        this.intake = intake;
        this.query = query;
        this.emergencies = emergencies;
        this.force = force;
    }

    @PostMapping("/requests.{format}")
    ResponseEntity<String> send(@PathVariable String format, HttpServletRequest request) {
        var chosen = Responses.format(format);
        var form = FormBody.read(request);
        var client = callers.client(first(form, "api_key"));
        var code = first(form, "service_code");
        if (code == null) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, Words.NO_SERVICE_CODE);
        }
        SystemService service = reports.service(code)
                .orElseThrow(() -> Refusal.of(HttpStatus.NOT_FOUND, Words.unknownService(code)));
        var place = place(form);
        if (service.takesLocation() && !place.given()) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, Words.NO_LOCATION);
        }
        var answers = attributes(form);
        var report = new SystemReport(code, Channel.OPEN311, client.accessor().username(), answers,
                name(first(form, "first_name"), first(form, "last_name")), first(form, "email"),
                first(form, "phone"), first(form, "description"), place);
        SentRequests.Sent sent;
        try {
            sent = intake.accept(client, report);
        } catch (SystemReportRefused refused) {
            throw Refusal.badRequest(refused.problems().stream()
                    .map(problem -> Words.problem(open311Name(problem.code()), problem)).toList());
        }
        LOG.info("Open311 request {} for {} from client {}", sent.reference().value(), code, client.clientId());
        var written = new ArrayList<String>();
        if (report.description() != null) {
            written.add(report.description());
        }
        answers.values().forEach(written::addAll);
        var notice = emergencies.scan(written).flagged() ? Words.POSSIBLE_EMERGENCY : Words.RECEIVED;
        return Responses.ok(chosen, new Document.Arr("service_requests", "request", List.of(Document.Obj.of(
                "service_request_id", sent.reference().value(), "service_notice", notice, "account_id", null))));
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> list(@PathVariable String format, HttpServletRequest request) {
        var chosen = Responses.format(format);
        var client = callers.client(request.getParameter("api_key"));
        var found = query.find(client, request.getParameter("service_request_id"),
                request.getParameter("service_code"), request.getParameter("start_date"),
                request.getParameter("end_date"), request.getParameter("status"));
        return Responses.ok(chosen, requests(found));
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<String> one(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
        var chosen = Responses.format(format);
        var client = callers.client(request.getParameter("api_key"));
        var found = query.one(client, id);
        if (found.isEmpty()) {
            throw Refusal.of(HttpStatus.NOT_FOUND, Words.unknownRequest(id));
        }
        return Responses.ok(chosen, requests(found));
    }

    /** Requests are realtime: a token is never issued, so none is ever found. */
    @GetMapping("/tokens/{token}.{format}")
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
        Responses.format(format);
        throw Refusal.of(HttpStatus.NOT_FOUND, Words.NO_TOKENS);
    }

    private Document.Arr requests(List<RequestStatuses.Status> statuses) {
        var titles = new LinkedHashMap<String, String>();
        reports.services().forEach(s -> titles.put(s.id(), s.title()));
        return new Document.Arr("service_requests", "request", statuses.stream().map(status -> Document.Obj.of(
                "service_request_id", status.request().reference().value(),
                "status", status.code(),
                "status_notes", null,
                "service_name", titles.get(status.request().serviceCode()),
                "service_code", status.request().serviceCode(),
                "description", null,
                "agency_responsible", force.name(),
                "service_notice", null,
                "requested_datetime", RequestQuery.w3c(status.request().requestedAt()),
                "updated_datetime", RequestQuery.w3c(status.updatedAt()))).toList());
    }

    /** What the definition's checks named, as the client sent it. */
    private static String open311Name(String code) {
        return switch (code) {
            case SystemReport.NAME -> "first_name";
            case SystemReport.EMAIL -> "email";
            case SystemReport.PHONE -> "phone";
            case SystemReport.DESCRIPTION -> "description";
            case SystemReport.PLACE -> "address_string";
            default -> ATTRIBUTE + code + "]";
        };
    }

    /** {@code attribute[code]=v}, and for several values {@code attribute[code][]=v} (or the first form repeated). */
    static Map<String, List<String>> attributes(Map<String, List<String>> form) {
        var answers = new LinkedHashMap<String, List<String>>();
        form.forEach((name, values) -> {
            if (name.startsWith(ATTRIBUTE)) {
                String code = name.substring(ATTRIBUTE.length());
                code = code.endsWith("][]") ? code.substring(0, code.length() - 3)
                        : code.endsWith("]") ? code.substring(0, code.length() - 1) : null;
                if (code != null && !code.isEmpty()) {
                    answers.computeIfAbsent(code, c -> new ArrayList<>()).addAll(values);
                }
            }
        });
        return answers;
    }

    private static SystemReport.Place place(Map<String, List<String>> form) {
        var lat = first(form, "lat");
        var lon = first(form, "long");
        if ((lat == null) != (lon == null)) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, Words.BAD_LAT_LONG);
        }
        Double latitude = null;
        Double longitude = null;
        if (lat != null) {
            try {
                latitude = Double.valueOf(lat);
                longitude = Double.valueOf(lon);
            } catch (NumberFormatException notANumber) {
                throw Refusal.of(HttpStatus.BAD_REQUEST, Words.BAD_LAT_LONG);
            }
            if (!(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) {
                throw Refusal.of(HttpStatus.BAD_REQUEST, Words.BAD_LAT_LONG);
            }
        }
        return new SystemReport.Place(first(form, "address_string"), latitude, longitude);
    }

    private static String name(String first, String last) {
        var name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return name.isEmpty() ? null : name;
    }

    /** The first value of a parameter, stripped; null when absent or blank, as the spec treats them alike. */
    static String first(Map<String, List<String>> form, String name) {
        var values = form.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }
}
