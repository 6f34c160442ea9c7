package org.bluelamp.integration.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.contact.CrimeNumber;
import org.bluelamp.contact.InvestigationResult;
import org.bluelamp.contact.OfficerInCharge;
import org.bluelamp.contact.RecordsSystemUpdates.Written;
import org.bluelamp.integration.ApiClient;
import org.bluelamp.integration.ApiProblem;
import org.bluelamp.integration.ApiScope;
import org.bluelamp.reporting.Reference;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The records system writing back to a contact: its crime number, the officer in charge and the result. Each answers
 * 200 with whether it changed anything (the same value sent again changes nothing and tells the reporter nothing), 404
 * for a reference that is no contact, 422 with each field's error. Needs the scope results:write.
 */
@RestController
@Tag(name = "Write-back", description = "The records system's crime number, officer in charge and result")
@ApiResponse(responseCode = "200", description = "Written, or already held (changed: false)",
        content = @Content(mediaType = "application/json",
                schema = @Schema(implementation = WriteBodies.WriteAnswerSchema.class)))
@ApiResponse(responseCode = "400", description = "The body is not a JSON object", content = @Content(
        mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "No contact has this reference", content = @Content(
        mediaType = "application/problem+json"))
@ApiResponse(responseCode = "413", description = "The body is over 64 KB", content = @Content(
        mediaType = "application/problem+json"))
@ApiResponse(responseCode = "422", description = "A field is not valid: errors lists each", content = @Content(
        mediaType = "application/problem+json"))
@RequestMapping(path = "/api/v1/contacts/{reference}", produces = "application/json")
class ResultsController {

    /** The answer to a write. */
    record WriteAnswer(String reference, boolean changed) {
    }

    private final ResultWrites writes;
    private final JsonMapper json;

    ResultsController(ResultWrites writes, JsonMapper json) {
        this.writes = writes;
        this.json = json;
    }

    /** Body: {"crimeNumber": "CR/012345/26"}. */
    @Operation(summary = "Set the contact's crime number", description = "The reporter is told it (Victims' Code).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = WriteBodies.CrimeNumberBody.class)))
    @PutMapping("/crime-number")
    WriteAnswer crimeNumber(@PathVariable String reference, @Parameter(hidden = true) ApiClient client,
                            @Parameter(hidden = true) HttpServletRequest request) {
        var contact = permitted(client, reference);
        var errors = new ArrayList<ApiProblem.FieldError>();
        String number = JsonBody.read(request, json).text("crimeNumber", errors);
        if (errors.isEmpty()) {
            CrimeNumber.problem(number).ifPresent(problem -> errors.add(new ApiProblem.FieldError("crimeNumber",
                    problem)));
        }
        refuseIfAny(errors);
        return answer(contact, writes.write(client, contact, "crime-number",
                updates -> updates.crimeNumber(contact, CrimeNumber.of(number), ResultWrites.actor(client))));
    }

    /** Body: {"name": "DC Sam Patel", "collarNumber": "4521"}; the collar or warrant number may be left out. */
    @Operation(summary = "Name the officer in charge of the investigation", description = "The reporter is told "
            + "who it is.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = WriteBodies.OfficerBody.class)))
    @PutMapping("/officer-in-charge")
    WriteAnswer officerInCharge(@PathVariable String reference, @Parameter(hidden = true) ApiClient client,
                                @Parameter(hidden = true) HttpServletRequest request) {
        var contact = permitted(client, reference);
        var errors = new ArrayList<ApiProblem.FieldError>();
        var body = JsonBody.read(request, json);
        String name = body.text("name", errors);
        String collarNumber = body.text("collarNumber", errors);
        fieldErrors(errors, OfficerInCharge.problems(name, collarNumber));
        refuseIfAny(errors);
        return answer(contact, writes.write(client, contact, "officer-in-charge",
                updates -> updates.officerInCharge(contact, OfficerInCharge.of(name, collarNumber),
                        ResultWrites.actor(client))));
    }

    /** Body: {"outcome": "charged", "description": "..."}; the description may be left out. */
    @Operation(summary = "Record the result of the investigation", description = "The latest result stands; the "
            + "reporter is told each different one.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = WriteBodies.ResultBody.class)))
    @PostMapping("/results")
    WriteAnswer result(@PathVariable String reference, @Parameter(hidden = true) ApiClient client,
                       @Parameter(hidden = true) HttpServletRequest request) {
        var contact = permitted(client, reference);
        var errors = new ArrayList<ApiProblem.FieldError>();
        var body = JsonBody.read(request, json);
        String outcome = body.text("outcome", errors);
        String description = body.text("description", errors);
        fieldErrors(errors, InvestigationResult.problems(outcome, description));
        refuseIfAny(errors);
        return answer(contact, writes.write(client, contact, "result",
                updates -> updates.result(contact, InvestigationResult.of(outcome, description),
                        ResultWrites.actor(client))));
    }

    /**
     * The reference, once the client may write: the security chain asks for the scope by path, and this asks again,
     * so a change to the chain's paths cannot open writes. A reference that cannot be ours is not found, as is one no
     * contact has.
     */
    private static Reference permitted(ApiClient client, String reference) {
        if (!client.may(ApiScope.WRITE_RESULTS)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden",
                    "This needs the scope " + ApiScope.WRITE_RESULTS.code() + ".", List.of());
        }
        return Reference.parse(reference).orElseThrow(ResultsController::notFound);
    }

    private static WriteAnswer answer(Reference reference, Written written) {
        if (written == Written.UNKNOWN_CONTACT) {
            throw notFound();
        }
        return new WriteAnswer(reference.value(), written == Written.CHANGED);
    }

    private static ApiProblem notFound() {
        return ApiProblem.notFound("No contact has this reference.");
    }

    /** Adds each field's problem, unless the field already has one (its type was wrong). */
    private static void fieldErrors(List<ApiProblem.FieldError> errors, Map<String, String> problems) {
        problems.forEach((field, problem) -> {
            if (errors.stream().noneMatch(error -> error.field().equals(field))) {
                errors.add(new ApiProblem.FieldError(field, problem));
            }
        });
    }

    private static void refuseIfAny(List<ApiProblem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }
}
