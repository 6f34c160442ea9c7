package org.bluelamp.contact;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules for what the records system sends: the API's 422s come from these, word for word. */
class RecordsSystemValuesTest {

    @Test
    void aCrimeNumberIsLettersDigitsSlashesAndDashesUpTo30() {
        assertThat(CrimeNumber.problem("CR/012345/26")).isEmpty();
        assertThat(CrimeNumber.problem("24-123456")).isEmpty();
        assertThat(CrimeNumber.problem("  LE2600012345  ")).isEmpty();
        assertThat(CrimeNumber.of("  LE2600012345  ").value()).isEqualTo("LE2600012345");
        assertThat(CrimeNumber.problem("A".repeat(30))).isEmpty();

        assertThat(CrimeNumber.problem("A".repeat(31))).contains("must be at most 30 characters");
        assertThat(CrimeNumber.problem(null)).contains("must not be empty");
        assertThat(CrimeNumber.problem("   ")).contains("must not be empty");
        for (String bad : new String[] {"CR 0123", "CR_0123", "CR\u00000123", "CR\n0123", "<b>1</b>", "CR.1", "é1",
                "\u202E123", "CR%2F1"}) {
            assertThat(CrimeNumber.problem(bad)).as(bad).contains("may contain only letters, digits, / and -");
        }
        assertThatThrownBy(() -> new CrimeNumber("CR 1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOfficerHasAOneLineNameUpTo100AndMaybeACollarNumber() {
        assertThat(OfficerInCharge.problems("DC Sam Patel", "4521")).isEmpty();
        assertThat(OfficerInCharge.problems("DC Siân O’Brien-Ní Bhriain", null)).isEmpty();
        assertThat(OfficerInCharge.problems("x".repeat(100), "PC 4521")).isEmpty();
        assertThat(OfficerInCharge.of("  DC Sam Patel ", "  ")).isEqualTo(new OfficerInCharge("DC Sam Patel", null));
        assertThat(OfficerInCharge.of("DC Sam Patel", " 4521 ")).isEqualTo(new OfficerInCharge("DC Sam Patel", "4521"));

        assertThat(OfficerInCharge.problems("x".repeat(101), null))
                .isEqualTo(Map.of("name", "must be at most 100 characters"));
        assertThat(OfficerInCharge.problems(null, null)).isEqualTo(Map.of("name", "must not be empty"));
        assertThat(OfficerInCharge.problems(" ", null)).isEqualTo(Map.of("name", "must not be empty"));
        assertThat(OfficerInCharge.problems("DC Sam\nPatel", null)).isEqualTo(Map.of("name", "must be on one line"));
        assertThat(OfficerInCharge.problems("DC Sam\tPatel", null)).isEqualTo(Map.of("name", "must be on one line"));
        assertThat(OfficerInCharge.problems("DC Sam\u0007Patel", null))
                .isEqualTo(Map.of("name", "must not contain control, private-use or unassigned characters"));
        assertThat(OfficerInCharge.problems("DC \u202ESam", null))
                .isEqualTo(Map.of("name", "must not contain control, private-use or unassigned characters"));
        assertThat(OfficerInCharge.problems("<script>alert(1)</script>", null))
                .isEqualTo(Map.of("name", "must not contain markup"));
        assertThat(OfficerInCharge.problems("DC Sam Patel", "4521/A"))
                .isEqualTo(Map.of("collarNumber", "may contain only letters, digits and spaces"));
        assertThat(OfficerInCharge.problems("DC Sam Patel", "1".repeat(21)))
                .isEqualTo(Map.of("collarNumber", "must be at most 20 characters"));
        assertThat(OfficerInCharge.problems("", "4521/A")).containsOnlyKeys("name", "collarNumber");
    }

    @Test
    void aResultIsAnOutcomeFromTheListWithAnOptionalDescriptionUpTo1000() {
        assertThat(InvestigationResult.problems("charged", "Charged with theft; in court on 3 June.")).isEmpty();
        assertThat(InvestigationResult.problems("no-further-action", null)).isEmpty();
        assertThat(InvestigationResult.problems("other", "Line one.\nLine two.")).isEmpty();
        assertThat(InvestigationResult.problems("caution", "x".repeat(1000))).isEmpty();
        assertThat(InvestigationResult.of("caution", "  ")).isEqualTo(
                new InvestigationResult(ResultOutcome.CAUTION, null));

        assertThat(InvestigationResult.problems("caution", "x".repeat(1001)))
                .isEqualTo(Map.of("description", "must be at most 1000 characters"));
        assertThat(InvestigationResult.problems("Charged", null)).containsOnlyKeys("outcome");
        assertThat(InvestigationResult.problems("sentenced", null).get("outcome"))
                .startsWith("must be one of charged, summonsed, caution,").endsWith(", no-further-action, other");
        assertThat(InvestigationResult.problems(null, null)).isEqualTo(Map.of("outcome", "must not be empty"));
        assertThat(InvestigationResult.problems("charged", "bad \u0000 byte"))
                .isEqualTo(Map.of("description", "must not contain control, private-use or unassigned characters"));
        assertThat(InvestigationResult.problems("charged", "<img src=x onerror=alert(1)>"))
                .isEqualTo(Map.of("description", "must not contain markup"));
    }

    /** The codes are stored, sent by systems and named in messages: renaming one breaks all three. */
    @Test
    void theOutcomeCodesAreKeptAsStored() {
        assertThat(ResultOutcome.codes()).containsExactly("charged", "summonsed", "caution",
                "taken-into-consideration", "penalty-notice", "community-resolution", "diversion", "other-body",
                "not-in-public-interest", "prosecution-prevented", "evidential-difficulties", "not-identified",
                "no-further-action", "other");
        assertThat(ResultOutcome.CAUTION.homeOfficeTypes()).containsExactly("2", "3");
        assertThat(ResultOutcome.NOT_IDENTIFIED.homeOfficeTypes()).containsExactly("18");
    }

    @Test
    void theTimelineReadsEachNewLineBackAsItWasWritten() {
        for (Happening written : new Happening[] {new Happening.CrimeNumberGiven("CR/1/26"),
                new Happening.OfficerInChargeGiven("DC Sam Patel", "4521"),
                new Happening.OfficerInChargeGiven("DC Sam Patel", null),
                new Happening.ResultGiven("charged", "In court on 3 June."), new Happening.ResultGiven("other", null)}) {
            assertThat(Happening.of(written.kind(), written.details())).isEqualTo(written);
        }
        assertThat(new Happening.OfficerInChargeGiven("DC Sam Patel", "4521").details())
                .containsExactly(Map.entry("collar", "4521"), Map.entry("officer", "DC Sam Patel"));
    }
}
