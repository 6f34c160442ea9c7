package org.bluelamp.staff.factors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bluelamp.staff.factors.PasswordPolicy.GUESSABLE;
import static org.bluelamp.staff.factors.PasswordPolicy.PERSONAL;
import static org.bluelamp.staff.factors.PasswordPolicy.TOO_LONG;
import static org.bluelamp.staff.factors.PasswordPolicy.TOO_SHORT;

class PasswordPolicyTest {

    /** One for the class, as the application will share one: loading the word lists is the slow part. */
    private static final PasswordPolicy policy = new PasswordPolicy();
    private static final List<String> JANE = List.of("j.smith", "Jane Smith", "Bluelamp");
    private static final String SEVENTY_TWO = "kettle marmalade pylon orchid tumbler saffron glacier whistle bramble ox";

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "kettle-marmalade-pylon", "quietly-orange-cactus-17",
            "vXq7-pLm2-rT", "日本語のパスワードはとても長いです"})
    void acceptsLongPasswordsThatAreHardToGuess(String password) {
        assertThat(policy.problems(password, JANE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "P@ssword1234", "Password123!", "qwertyuiop12", "123456789012",
            "iloveyou1234", "letmein12345", "trustno1trustno1", "abcdefghijkl", "aaaaaaaaaaaa"})
    void refusesCommonAndGuessablePasswordsOfTwelveCharactersOrMore(String password) {
        assertThat(policy.problems(password, JANE)).containsExactly(GUESSABLE);
    }

    @Test
    void refusesEveryPasswordOnTheBundledCommonListThatIsLongEnough() throws IOException {
        List<String> common = commonPasswordsOfAllowedLength();
        assertThat(common).as("the bundled list has long entries to try").hasSizeGreaterThan(100);
        assertThat(common).allSatisfy(password -> assertThat(policy.problems(password, List.of())).contains(GUESSABLE));
    }

    @Test
    void refusesElevenCharactersAndAcceptsTwelve() {
        assertThat(policy.problems("kettle-marm", JANE)).containsExactly(TOO_SHORT);
        assertThat(policy.problems("kettle-marma", JANE)).doesNotContain(TOO_SHORT);
    }

    @Test
    void countsCharactersNotBytesForTheMinimum() {
        String elevenAccented = "é".repeat(11);                                   // 22 bytes in UTF-8
        assertThat(policy.problems(elevenAccented, JANE)).contains(TOO_SHORT);
    }

    @Test
    void refusesMoreThan72BytesWhichIsAllBcryptReads() {
        assertThat(SEVENTY_TWO).hasSize(72);
        assertThat(policy.problems(SEVENTY_TWO, JANE)).isEmpty();
        assertThat(policy.problems(SEVENTY_TWO + "x", JANE)).containsExactly(TOO_LONG);
    }

    @Test
    void countsBytesNotCharactersForTheMaximum() {
        assertThat(policy.problems("日".repeat(24), JANE)).doesNotContain(TOO_LONG);   // 72 bytes
        assertThat(policy.problems("日".repeat(25), JANE)).contains(TOO_LONG).doesNotContain(TOO_SHORT);
    }

    @Test
    void aVeryLongPasswordIsRefusedQuicklyAsTooLong() {
        long start = System.nanoTime();
        assertThat(policy.problems("q7".repeat(50_000), JANE)).containsExactly(TOO_LONG);
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(1_000_000_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jsmith-secure-2024", "kettle-SMITH-marmalade", "Jane-kettle-marmalade",
            "kettle-j.smith-marmalade", "bluelamp-kettle-marmalade", "janesmith-kettle-pylon"})
    void refusesAPasswordContainingTheNameOrUsernameEvenWhenOtherwiseStrong(String password) {
        assertThat(policy.problems(password, JANE)).contains(PERSONAL);
    }

    @Test
    void leavesShortPartsOfANameToTheGuessabilityScore() {
        assertThat(policy.problems("tomato-kettle-marmalade", List.of("t.lee", "Tom Lee"))).isEmpty();
    }

    @Test
    void refusesAUsernameMadeOfShortPartsWhenItIsThereWhole() {
        assertThat(policy.problems("kettle-jo.ax-marmalade", List.of("jo.ax"))).contains(PERSONAL);
        assertThat(policy.problems("kettle-joax-marmalade", List.of("jo.ax"))).contains(PERSONAL);
    }

    @Test
    void ignoresMissingPersonalWords() {
        assertThat(policy.problems("kettle-marmalade-pylon", Arrays.asList("j.smith", null))).isEmpty();
    }

    @Test
    void aMissingPasswordIsTooShort() {
        assertThat(policy.problems(null, JANE)).startsWith(TOO_SHORT);
    }

    @Test
    void canBeSharedByRequestsAtTheSameTime() throws Exception {
        List<String> passwords = List.of("password1234", "kettle-marmalade-pylon", "jsmith-secure-2024", "kettle-marm");
        List<List<String>> expected = passwords.stream().map(p -> policy.problems(p, JANE)).toList();
        try (var threads = Executors.newFixedThreadPool(4)) {
            Callable<List<List<String>>> task = () -> passwords.stream().map(p -> policy.problems(p, JANE)).toList();
            List<Future<List<List<String>>>> results = threads.invokeAll(List.of(task, task, task, task));
            for (var result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
    }

    @Test
    void everyProblemHasWordsInTheMessagesFile() throws IOException {
        var messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/staff-messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(messages).containsKeys(TOO_SHORT, TOO_LONG, PERSONAL, GUESSABLE);
        assertThat(messages.getProperty(TOO_SHORT)).contains(String.valueOf(PasswordPolicy.MINIMUM_CHARACTERS));
        assertThat(messages.getProperty(TOO_LONG)).contains(String.valueOf(PasswordPolicy.MAXIMUM_UTF8_BYTES));
    }

    private static List<String> commonPasswordsOfAllowedLength() throws IOException {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt");
             var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip)
                    .filter(p -> p.length() >= PasswordPolicy.MINIMUM_CHARACTERS)
                    .filter(p -> p.getBytes(StandardCharsets.UTF_8).length <= PasswordPolicy.MAXIMUM_UTF8_BYTES)
                    .toList();
        }
    }
}
