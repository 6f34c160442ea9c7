package org.bluelamp.contact.clocks;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;

/**
 * Reads one division of a file in GOV.UK's {@code bank-holidays.json} format
 * ({@code {"england-and-wales": {"division": …, "events": [{"title", "date", "notes", "bunting"}, …]}, …}}): only
 * each event's {@code date} is used. Anything else is refused with a {@link BankHolidaysUnreadable} that says why.
 */
final class BankHolidaysFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BankHolidaysFile() {
    }

    /** {@code classpath:…} is in the jar; {@code file:…} or a plain path is on the machine. */
    static BankHolidays read(String file, String division) {
        Resource resource = file.startsWith("classpath:")
                ? new ClassPathResource(file.substring("classpath:".length()))
                : new FileSystemResource(file.startsWith("file:") ? file.substring("file:".length()) : file);
        JsonNode root;
        try (InputStream in = resource.getInputStream()) {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new BankHolidaysUnreadable(file, "it cannot be opened");
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new BankHolidaysUnreadable(file, at == null ? "it is not JSON"
                    : "it is not JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new BankHolidaysUnreadable(file, "it is not a JSON object of divisions");
        }
        JsonNode events = root.path(division).path("events");
        if (!events.isArray()) {
            throw new BankHolidaysUnreadable(file, "it has no list of events for the division " + division);
        }
        var dates = new ArrayList<LocalDate>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode date = events.get(i).path("date");
            try {
                dates.add(LocalDate.parse(date.isString() ? date.asString() : ""));
            } catch (DateTimeParseException e) {
                throw new BankHolidaysUnreadable(file,
                        "event " + (i + 1) + " of " + division + " has no date written as YYYY-MM-DD");
            }
        }
        if (dates.isEmpty()) {
            throw new BankHolidaysUnreadable(file, "it lists no bank holidays for " + division);
        }
        return new BankHolidays(file, division, dates);
    }
}
