package org.bluelamp.integration.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.integration.ApiClient;
import org.bluelamp.integration.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;

/**
 * The feed of contact events: read from a position (the client's acknowledged one unless it says), and acknowledge
 * how far it has read. A client that remembers its position misses nothing and reads nothing twice; one that lost
 * it starts again where it last acknowledged.
 */
@RestController
class FeedController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    /** The largest body the API reads (docs/integration.md); an acknowledgement is a few bytes. */
    static final int MAX_BODY = 64 * 1024;

    /** The body of an acknowledgement, as the API's description shows it; read by hand, to bound its size. */
    record Acknowledgement(long position) {
    }

    private final FeedEvents events;
    private final FeedCursors cursors;
    private final FeedPages pages;
    private final JsonMapper json;

    FeedController(FeedEvents events, FeedCursors cursors, FeedPages pages, JsonMapper json) {
        this.events = events;
        this.cursors = cursors;
        this.pages = pages;
        this.json = json;
    }

    @Operation(summary = "Read the feed of contact events",
            description = "From a position (after), or from where this client acknowledged; at most limit "
                    + "events, in order, with no gaps.")
    @GetMapping("/api/v1/events")
    FeedPages.Page read(ApiClient client, @RequestParam(required = false) Long after,
              @RequestParam(required = false) Integer limit) {
        if (after != null && after < 0) {
            throw ApiProblem.badRequest("after must be a position, 0 or more.");
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiProblem.badRequest("limit must be from 1 to " + MAX_LIMIT + ".");
        }
        return pages.read(client, after, size);
    }

    /** Body {@code {"position": n}}, from 0 to the latest position; back is allowed, to read again. */
    @Operation(summary = "Acknowledge how far the feed was read",
            description = "The feed read without after starts from here. It may go back, to read again.")
    @PutMapping("/api/v1/events/acknowledged")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = Acknowledgement.class)))
    ResponseEntity<Void> acknowledge(ApiClient client, HttpServletRequest request) throws IOException {
        var body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "Content too large",
                    "The request body must be at most " + MAX_BODY + " bytes.", List.of());
        }
        JsonNode position;
        try {
            var tree = json.readTree(body);
            position = tree == null ? null : tree.get("position");
        } catch (JacksonException unreadable) {
            throw ApiProblem.badRequest("The request body is not valid JSON for this operation.");
        }
        long latest = events.latest();
        if (position == null || !position.isIntegralNumber() || !position.canConvertToLong()
                || position.asLong() < 0 || position.asLong() > latest) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("position",
                    "Give a whole number from 0 to the latest position, " + latest + ".")));
        }
        cursors.acknowledge(client.id(), position.asLong());
        return ResponseEntity.noContent().build();
    }
}
