package org.bluelamp.contact.clocks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.SpringFactoriesLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bank holidays come from a file in GOV.UK's bank-holidays.json format that a force can replace. */
@ExtendWith(OutputCaptureExtension.class)
class BankHolidaysTest {

    /** The list application.yml carried before the file: the clocks skip exactly these days. */
    private static final List<LocalDate> ENGLAND_AND_WALES_2025_TO_2028 = Stream.of(
            "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
            "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26")
            .map(LocalDate::parse).toList();

    @TempDir
    Path folder;

    private final ApplicationContextRunner start = new ApplicationContextRunner()
            .withUserConfiguration(BankHolidaysOnly.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(BankHolidaysProperties.class)
    static class BankHolidaysOnly extends BankHolidaysConfiguration {
    }

    private static Clock on(String day) {
        return Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
    }

    private String file(String json) throws IOException {
        return Files.writeString(folder.resolve("bank-holidays.json"), json).toString();
    }

    @Test
    void theFileInTheJarIsTheEnglandAndWalesListTheClocksHadBefore() {
        var holidays = ConfiguredClocks.bankHolidays();

        assertThat(holidays.file()).isEqualTo("classpath:bank-holidays.json");
        assertThat(holidays.division()).isEqualTo("england-and-wales");
        assertThat(holidays.dates()).isEqualTo(ENGLAND_AND_WALES_2025_TO_2028);
        var workingDays = new WorkingDays(holidays.dates(), org.bluelamp.platform.LondonTime.ZONE);
        assertThat(workingDays.isWorkingDay(LocalDate.of(2028, 12, 26))).as("Boxing Day 2028").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 28))).as("a substitute day").isFalse();
    }

    @Test
    void aForcesCopyOfGovUksFileIsReadForItsDivision() throws IOException {
        String path = file("""
                {"england-and-wales": {"division": "england-and-wales", "events": [
                   {"title": "New Year’s Day", "date": "2029-01-01", "notes": "", "bunting": true}]},
                 "scotland": {"division": "scotland", "events": [
                   {"title": "New Year’s Day", "date": "2029-01-01", "notes": "", "bunting": true},
                   {"title": "2nd January", "date": "2029-01-02", "notes": "", "bunting": true},
                   {"title": "St Andrew’s Day", "date": "2029-11-30", "notes": "", "bunting": true}]}}""");

        assertThat(BankHolidaysFile.read(path, "scotland").dates()).containsExactly(
                LocalDate.of(2029, 1, 1), LocalDate.of(2029, 1, 2), LocalDate.of(2029, 11, 30));
        assertThat(BankHolidaysFile.read("file:" + path, "england-and-wales").dates())
                .containsExactly(LocalDate.of(2029, 1, 1));
    }

    @Test
    void aFileThatCannotBeUsedIsRefusedInOneSentenceThatSaysWhy() throws IOException {
        assertThatThrownBy(() -> BankHolidaysFile.read(folder.resolve("missing.json").toString(), "england-and-wales"))
                .isInstanceOf(BankHolidaysUnreadable.class).hasMessageEndingWith("missing.json: it cannot be opened.");
        String notJson = file("{\"england-and-wales\": {\"events\": [\n{\"date\": \"2029-01-01\",,}]}}");
        assertThatThrownBy(() -> BankHolidaysFile.read(notJson, "england-and-wales"))
                .hasMessage("Bluelamp cannot read the bank holidays in " + notJson + ": it is not JSON (line 2, column 23).");
        String noDivision = file("{\"scotland\": {\"division\": \"scotland\", \"events\": [{\"date\": \"2029-01-01\"}]}}");
        assertThatThrownBy(() -> BankHolidaysFile.read(noDivision, "england-and-wales"))
                .hasMessageEndingWith("it has no list of events for the division england-and-wales.");
        String badDate = file("{\"england-and-wales\": {\"events\": [{\"date\": \"2029-01-01\"}, {\"date\": \"1/5/2029\"}]}}");
        assertThatThrownBy(() -> BankHolidaysFile.read(badDate, "england-and-wales"))
                .hasMessageEndingWith("event 2 of england-and-wales has no date written as YYYY-MM-DD.");
        String none = file("{\"england-and-wales\": {\"events\": []}}");
        assertThatThrownBy(() -> BankHolidaysFile.read(none, "england-and-wales"))
                .hasMessageEndingWith("it lists no bank holidays for england-and-wales.");
    }

    @Test
    void bluelampRefusesToStartWithAnUnreadableFileAndSaysWhatToSet() {
        start.withBean(Clock.class, () -> on("2026-12-06"))
                .withPropertyValues("bluelamp.bank-holidays.file=/nowhere/bank-holidays.json")
                .run(context -> {
                    assertThat(context).hasFailed();
                    var analysis = SpringFactoriesLoader.forDefaultResourceLocation()
                            .load(FailureAnalyzer.class, null, SpringFactoriesLoader.FailureHandler.handleMessage(
                                    (message, failure) -> { /* analyzers that need a bean factory: not ours */ }))
                            .stream()
                            .filter(BankHolidaysFailureAnalyzer.class::isInstance).findFirst().orElseThrow()
                            .analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).isEqualTo(
                            "Bluelamp cannot read the bank holidays in /nowhere/bank-holidays.json: it cannot be opened.");
                    assertThat(analysis.getAction()).contains("BLUELAMP_BANK_HOLIDAYS_FILE", "bank-holidays.json");
                });
    }

    @Test
    void theOldListSettingIsRefusedRatherThanIgnored() {
        start.withBean(Clock.class, () -> on("2026-12-06"))
                .withPropertyValues("bluelamp.contact.clocks.bank-holidays[0]=2029-01-01")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageStartingWith("Bluelamp no longer reads bluelamp.contact.clocks.bank-holidays"));
    }

    @Test
    void aWarningAtStartWhenTheListRunsOutWithinAYear(CapturedOutput output) {
        start.withBean(Clock.class, () -> on("2027-12-27")).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(BankHolidays.class).dates()).isEqualTo(ENGLAND_AND_WALES_2025_TO_2028);
        });
        assertThat(output).contains("The bank holidays in classpath:bank-holidays.json (england-and-wales) end on "
                + "26 December 2028, less than a year from today");
    }

    @Test
    void noWarningWhileTheListLastsMoreThanAYear(CapturedOutput output) {
        start.withBean(Clock.class, () -> on("2027-12-26")).run(context -> assertThat(context).hasNotFailed());
        assertThat(output).doesNotContain("The bank holidays in");
    }
}
