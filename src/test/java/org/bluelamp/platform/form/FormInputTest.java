package org.bluelamp.platform.form;

import org.bluelamp.platform.ErrorMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a staff form field by field: values, errors in the page's order, and what is shown again. */
class FormInputTest {

    private static FormInput sent(Map<String, String[]> values) {
        return new FormInput(new Entered(values), (key, args) -> key + List.of(args), "too-long");
    }

    @Test
    void aValueIsParsedFromCleanedTextOrItsFieldHasTheMessage() {
        var id = UUID.randomUUID();
        var form = sent(Map.of("slot", new String[] {" " + id + "\r\n"}, "other", new String[] {"not an id"}));
        assertThat(form.value("slot", FormInputTest::uuid, "slot.required")).isEqualTo(id);
        assertThat(form.value("other", FormInputTest::uuid, "other.required")).isNull();
        assertThat(form.value("missing", FormInputTest::uuid, "missing.required")).isNull();
        assertThat(form.errors().all()).containsExactly(new ErrorMessage("other", "other.required[]"),
                new ErrorMessage("missing", "missing.required[]"));
    }

    @Test
    void aFieldCanHaveItsOwnMessageForTooLongAndMayBeLeftEmpty() {
        var form = sent(Map.of("name", new String[] {"x".repeat(5)}, "team", new String[] {"y".repeat(5)}));
        assertThat(form.line("name", 4, "name.required", "name.required")).isNull();
        assertThat(form.optionalLine("team", 4, "team.too-long")).isNull();
        assertThat(form.optionalLine("none", 4, "none.too-long")).isEmpty();
        assertThat(form.errors().all()).containsExactly(new ErrorMessage("name", "name.required[4]"),
                new ErrorMessage("team", "team.too-long[4]"));
    }

    @Test
    void atLeastOneChoiceMustBeTicked() {
        var form = sent(Map.of("roles", new String[] {"NOT_A_ROLE"}));
        assertThat(form.someOf("roles", List.of("ADMIN"), "roles.required")).isEmpty();
        assertThat(form.errors().forField("roles")).isEqualTo("roles.required[]");
    }

    @Test
    void whatWasReadIsShownAgainCleanedAndSpelled() {
        var form = sent(Map.of("username", new String[] {"  J.Smith "}, "note", new String[] {" a\r\nb "},
                "untouched", new String[] {" as sent "}));
        form.spell("username", typed -> typed.toLowerCase(Locale.UK));
        form.text("note", 100, "note.required");
        var shown = form.shown();
        assertThat(shown.get("username")).isEqualTo("j.smith");
        assertThat(shown.get("note")).isEqualTo("a\nb");
        assertThat(shown.get("untouched")).isEqualTo(" as sent ");
        assertThat(form.valid()).isTrue();
    }

    @Test
    void idsAndDaysAreReadFromWhatWasSent() {
        var id = UUID.randomUUID();
        var form = sent(Map.of("slot", new String[] {id.toString()}, "day", new String[] {"2026-05-12"},
                "late", new String[] {"12/05/2026"}));
        assertThat(form.id("slot", "slot.required")).isEqualTo(id);
        assertThat(form.date("day", "day.required")).isEqualTo(java.time.LocalDate.of(2026, 5, 12));
        assertThat(form.date("late", "late.required")).isNull();
        assertThat(form.errors().all()).containsExactly(new ErrorMessage("late", "late.required[]"));
    }

    @Test
    void aDateFromThreeBoxesMustBeARealDayAndItsMessageGoesOnTheDay() {
        var form = sent(Map.of("d", new String[] {" 12 "}, "m", new String[] {"5"}, "y", new String[] {"2026"},
                "bad-d", new String[] {"31"}, "bad-m", new String[] {"2"}, "bad-y", new String[] {"2026"}));
        assertThat(form.date("d", "m", "y", "when.required")).isEqualTo(java.time.LocalDate.of(2026, 5, 12));
        assertThat(form.date("bad-d", "bad-m", "bad-y", "when.required")).isNull();
        assertThat(form.date("none-d", "none-m", "none-y", "when.required")).isNull();
        assertThat(form.errors().all()).containsExactly(new ErrorMessage("bad-d", "when.required[]"),
                new ErrorMessage("none-d", "when.required[]"));
    }

    @Test
    void aFormFilledInBeforehandShowsItsValues() {
        assertThat(Entered.of(Map.of("confirmBy", "email")).get("confirmBy")).isEqualTo("email");
        assertThat(Entered.NONE.get("confirmBy")).isEmpty();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }
}
