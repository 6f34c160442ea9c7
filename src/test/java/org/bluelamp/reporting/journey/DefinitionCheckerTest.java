package org.bluelamp.reporting.journey;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.SummaryRow;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.Languages;
import org.bluelamp.platform.limits.Client;
import org.bluelamp.reporting.FormDraft;
import org.bluelamp.reporting.FormHandler;
import org.bluelamp.reporting.question.QuestionTypes;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefinitionCheckerTest {

    private static final String HEADER = """
            id: broken
            version: 1
            title: Report something
            summary: For testing.
            group: crime
            routing: {queue: crime-bureau, priority: standard, crimeDecision: false}
            questions:
            """;

    @Test
    void everyShippedDefinitionIsValidAndEveryQuestionCanBeReached() throws Exception {
        var catalogue = Definitions.real();
        assertThat(catalogue.all()).extracting(s -> s.id()).contains("crime");
        for (var service : catalogue.all()) {
            for (var question : service.questions()) {
                assertThat(question.showWhen() == null
                        || service.question(question.showWhen().question()).isPresent()).isTrue();
            }
        }
    }

    @Test
    void aBranchWaitingForAnAnswerThatIsNeverOfferedStopsStartUpNamingFileAndQuestion() {
        assertThatThrownBy(() -> Definitions.from("broken.yaml", HEADER + """
                  - id: stolen
                    type: radios
                    title: Was anything stolen?
                    options: [{value: "yes", label: "Yes"}, {value: "no", label: "No"}]
                    errors: {required: Select yes if anything was stolen}
                  - id: items
                    type: text
                    title: What was stolen?
                    showWhen: {question: stolen, equals: maybe}
                    errors: {required: Enter what was stolen}
                """))
                .hasMessageContaining("services/broken.yaml")
                .hasMessageContaining("question 'items': showWhen waits for 'maybe'");
    }

    @Test
    void routingMustNameAQueueAndAKnownPriority() {
        assertThatThrownBy(() -> Definitions.from("broken.yaml", HEADER.replace(
                "{queue: crime-bureau, priority: standard, crimeDecision: false}", "{queue: Crime Bureau, priority: urgent}")
                + """
                  - id: first
                    type: text
                    title: First?
                    errors: {required: Enter it}
                """))
                .hasMessageContaining("routing.queue must name the back-office queue")
                .hasMessageContaining("routing.priority must be one of [high, standard, low]");
    }

    @Test
    void aBranchOnALaterOrMissingQuestionIsRejected() {
        assertThatThrownBy(() -> Definitions.from("broken.yaml", HEADER + """
                  - id: first
                    type: text
                    title: First?
                    showWhen: {question: nowhere, equals: "yes"}
                    errors: {required: Enter it}
                """)).hasMessageContaining("refers to 'nowhere', which is not an earlier question");
    }

    @Test
    void unknownTypesDuplicateIdsAndMissingTextAreAllReported() {
        assertThatThrownBy(() -> Definitions.from("broken.yaml", HEADER + """
                  - id: one
                    type: sliders
                    title: One?
                  - id: one
                    type: text
                    title: ""
                """))
                .hasMessageContaining("type 'sliders' is not one of")
                .hasMessageContaining("the id is used twice")
                .hasMessageContaining("title is missing")
                .hasMessageContaining("needs errors.required");
    }

    @Test
    void aMisspeltPropertyIsReportedRatherThanIgnored() {
        assertThatThrownBy(() -> Definitions.from("broken.yaml", HEADER + """
                  - id: one
                    type: text
                    titel: One?
                """)).hasMessageContaining("services/broken.yaml").hasMessageContaining("titel");
    }

    @Test
    void everyServiceIsListedUnderAKnownHeading() {
        assertThatThrownBy(() -> Definitions.from("broken.yaml", HEADER.replace("group: crime", "group: misc") + """
                  - id: one
                    type: text
                    title: One?
                    errors: {required: Enter one}
                """)).hasMessageContaining("group must be one of [crime, community, lost-and-found, feedback]");
    }

    @Test
    void theIdMustMatchTheFileName() {
        assertThatThrownBy(() -> Definitions.from("other.yaml", HEADER + """
                  - id: one
                    type: text
                    title: One?
                    errors: {required: Enter one}
                """)).hasMessageContaining("id must be 'other'");
    }

    @Test
    void aSignpostEndsTheJourneyOnlyForThoseItAppliesTo() throws Exception {
        var catalogue = Definitions.from("broken.yaml", HEADER + """
                  - id: online
                    section: What happened
                    type: radios
                    title: Did it happen online?
                    options: [{value: "yes", label: "Yes"}, {value: "no", label: "No"}]
                    errors: {required: Select yes if it happened online}
                  - id: report-elsewhere
                    type: signpost
                    title: Report online fraud to the national service
                    showWhen: {question: online, equals: "yes"}
                    body: [They collect reports of online fraud from the whole country.]
                    link: {url: "https://www.example.org/report", label: Report online fraud}
                  - id: what
                    type: text
                    title: What happened?
                    errors: {required: Enter what happened}
                """);
        var service = catalogue.find("broken").orElseThrow();
        var journey = new Journey(service, new org.bluelamp.reporting.question.QuestionTypes());
        var online = new java.util.HashMap<String, java.util.Map<String, Object>>();
        online.put("online", java.util.Map.of("value", "yes"));
        assertThat(journey.firstUnanswered(online)).map(q -> q.id()).contains("report-elsewhere");
        assertThat(journey.complete(online)).isFalse();
        var offline = new java.util.HashMap<String, java.util.Map<String, Object>>();
        offline.put("online", java.util.Map.of("value", "no"));
        assertThat(journey.firstUnanswered(offline)).map(q -> q.id()).contains("what");
    }

    @Test
    void aSignpostEveryoneWouldReachIsRejected() {
        assertThatThrownBy(() -> Definitions.from("broken.yaml", HEADER + """
                  - id: elsewhere
                    type: signpost
                    title: Go elsewhere
                    link: {url: "http://insecure.example", label: Elsewhere}
                """))
                .hasMessageContaining("needs showWhen")
                .hasMessageContaining("needs body")
                .hasMessageContaining("link needs an https url");
    }

    @Test
    void aQuestionWithoutASectionIsInTheSectionOfTheOneBeforeIt() throws Exception {
        var catalogue = Definitions.from("sections.yaml", HEADER.replace("id: broken", "id: sections") + """
                  - id: first
                    section: What happened
                    type: text
                    title: First?
                    errors: {required: Enter it}
                  - id: second
                    type: text
                    title: Second?
                    errors: {required: Enter it}
                  - id: third
                    section: About you
                    type: text
                    title: Third?
                    errors: {required: Enter it}
                """);
        assertThat(catalogue.find("sections").orElseThrow().questions()).extracting(q -> q.section())
                .containsExactly("What happened", "What happened", "About you");
    }

    @Test
    void theFirstQuestionMustNameASection() {
        assertThatThrownBy(() -> Definitions.from("broken.yaml", HEADER + """
                  - id: first
                    type: text
                    title: First?
                    errors: {required: Enter it}
                """))
                .hasMessageContaining("question 'first': the first question needs a section");
    }

    @Test
    void aSectionMayNotComeBackAfterAnother() {
        assertThatThrownBy(() -> Definitions.from("broken.yaml", HEADER + """
                  - id: first
                    section: What happened
                    type: text
                    title: First?
                    errors: {required: Enter it}
                  - id: second
                    section: About you
                    type: text
                    title: Second?
                    errors: {required: Enter it}
                  - id: third
                    section: What happened
                    type: text
                    title: Third?
                    errors: {required: Enter it}
                """))
                .hasMessageContaining("question 'third': section 'What happened' comes back after another section");
    }

    @Test
    void everyShippedDefinitionNamesItsSections() throws Exception {
        for (var service : Definitions.real().all()) {
            assertThat(service.questions()).as(service.id()).allSatisfy(q -> assertThat(q.section()).isNotBlank());
        }
    }

    @Test
    void everyShippedDefinitionSaysWhereTheReporterCanBeReached() throws Exception {
        for (var service : Definitions.real().all()) {
            var roles = service.questions().stream()
                    .flatMap(q -> java.util.stream.Stream.concat(java.util.stream.Stream.of(q.role()),
                            q.fields().stream().map(f -> f.role())))
                    .filter(java.util.Objects::nonNull).toList();
            assertThat(roles).as(service.id()).contains("reporter-name", "reporter-email", "reporter-phone");
            if (service.questions().stream().anyMatch(q -> q.id().equals("support-needs"))) {
                assertThat(roles).as(service.id() + ": staff see the support asked for").contains("support-needs");
            }
        }
    }

    @Test
    void aDefinitionMayNameOnlyAChannelThePublicSendBy() throws Exception {
        assertThatThrownBy(() -> Definitions.from("broken.yaml", HEADER.replace("questions:", "channel: phone\nquestions:") + """
                  - id: video
                    section: Your message
                    type: upload
                    title: Send your video
                    itemName: video
                    rules: {accept: films}
                    errors: {required: Choose a video}
                """))
                .hasMessageContaining("channel must be one of [online, bsl-video-message]")
                .hasMessageContaining("needs rules.accept, one of");
        assertThat(Definitions.real().all()).filteredOn(s -> s.id().equals("bsl-video-message")).singleElement()
                .satisfies(service -> {
                    assertThat(service.channel()).isEqualTo("bsl-video-message");
                    assertThat(service.questions().getFirst().rule("accept")).isEqualTo("video");
                });
        assertThat(Definitions.real().all()).filteredOn(s -> s.id().equals("crime")).singleElement()
                .extracting(s -> s.channel()).isEqualTo("online");
    }

    @Test
    void aRoleMustBeKnownGivenOnceAndFitItsQuestion() {
        assertThatThrownBy(() -> Definitions.from("broken.yaml", HEADER + """
                  - id: name
                    section: You
                    type: date
                    role: reporter-name
                    title: Your name?
                    errors: {required: Enter it}
                  - id: contact
                    type: fields
                    title: Contact?
                    fields:
                      - {id: email, type: email, label: Email, role: reporter-email}
                      - {id: other, type: email, label: Other email, role: reporter-email}
                      - {id: phone, type: text, label: Phone, role: reporter-phone}
                  - id: nickname
                    type: text
                    role: favourite-colour
                    title: Nickname?
                    errors: {required: Enter it}
                """))
                .hasMessageContaining("question 'name': role 'reporter-name' cannot be given to a date question")
                .hasMessageContaining("input 'other': role 'reporter-email' is already given to question 'contact', input 'email'")
                .hasMessageContaining("input 'phone': role 'reporter-phone' cannot be given to a text input")
                .hasMessageContaining("question 'nickname': role 'favourite-colour' is not one of");
    }

    @Test
    void contactRolesOfferOnlyValuesOtherModulesUnderstand() {
        assertThatThrownBy(() -> Definitions.from("broken.yaml", HEADER + """
                  - id: how
                    section: Contact
                    type: radios
                    role: preferred-contact
                    title: How?
                    options: [{value: email, label: Email}, {value: pigeon, label: Pigeon}]
                    errors: {required: Choose}
                  - id: safe
                    type: radios
                    role: safe-to-contact
                    title: Safe?
                    options: [{value: any-time, label: Yes}, {value: certain-times, label: Sometimes}]
                    errors: {required: Choose}
                  - id: times
                    type: checkboxes
                    role: safe-times
                    title: When?
                    options: [{value: "0800-1200", label: Mornings}, {value: "08:00-12:00", label: Also mornings}]
                    errors: {required: Choose}
                  - id: support
                    type: checkboxes
                    role: support-needs
                    title: Support?
                    options: [{value: bsl, label: BSL}, {value: makaton, label: Makaton}]
                    errors: {required: Choose}
                """))
                .hasMessageContaining("question 'how': option 'pigeon' means nothing for role 'preferred-contact'")
                .hasMessageContaining("question 'times': option '08:00-12:00' means nothing for role 'safe-times'")
                .hasMessageContaining("question 'support': option 'makaton' means nothing for role 'support-needs'")
                .message().doesNotContain("'0800-1200'").doesNotContain("'any-time'").doesNotContain("'bsl'");
    }

    /** A module's handler of a public form that knows the given steps and finds nothing wrong. */
    private static FormHandler handling(String formId, String... steps) {
        return new FormHandler() {
            @Override
            public String formId() {
                return formId;
            }

            @Override
            public Set<String> steps() {
                return Set.of(steps);
            }

            @Override
            public List<ErrorMessage> check(String step, FormDraft draft, Texts texts) {
                return List.of();
            }

            @Override
            public List<SummaryRow> summary(FormDraft draft, Texts texts) {
                return List.of();
            }

            @Override
            public void submit(String draftKey, Client client,
                               org.bluelamp.platform.language.Language language) {
            }
        };
    }

    private static ByteArrayResource form(String fileName, String yaml) {
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        };
    }

    @Test
    void theShippedPublicFormsAreValidAndTheirHandlersKnowEveryStep() throws Exception {
        var files = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.yaml");
        var catalogue = new FormCatalogue(List.of(handling("your-data", "name", "contact", "what", "identity",
                "receive")), files);
        assertThat(catalogue.get("your-data").definition().questions()).extracting(q -> q.id())
                .containsExactly("name", "contact", "what", "identity", "receive");
        assertThat(catalogue.get("your-data").definition().path()).isEqualTo("/your-data");
    }

    @Test
    void aPublicFormWhoseHandlerDoesNotKnowAStepOrWithNoHandlerStopsStartUp() {
        String yaml = """
                id: ask
                version: 1
                title: Ask us something
                path: /ask
                errors: {characters: Remove the symbols}
                questions:
                  - id: who
                    type: fields
                    title: Who are you?
                    fields: [{id: fullName, type: text, label: Full name}]
                  - id: what
                    type: fields
                    title: What do you want?
                    fields: [{id: wants, type: choice, label: What}, {id: wants, type: radio, label: What}]
                """;
        assertThatThrownBy(() -> new FormCatalogue(List.of(handling("ask", "who")), form("ask.yaml", yaml)))
                .hasMessageContaining("forms/ask.yaml")
                .hasMessageContaining("knows the steps [who] but the definition has")
                .hasMessageContaining("question what has the field wants twice")
                .hasMessageContaining("field wants has an unknown type radio");
        assertThatThrownBy(() -> new FormCatalogue(List.of(), form("ask.yaml", yaml)))
                .hasMessageContaining("no module handles it");
        assertThatThrownBy(() -> new FormCatalogue(List.of(handling("gone", "who")), new Resource[0]))
                .hasMessageContaining("forms/gone.yaml").hasMessageContaining("is missing");
    }

    @Test
    void aPublicFormsCheckWithoutItsMessageOrAConditionOnNoEarlierChoiceStopsStartUp() {
        String yaml = """
                id: ask
                version: 1
                title: Ask us something
                path: /ask
                errors: {characters: your-data.error.characters}
                questions:
                  - id: who
                    type: fields
                    title: Who are you?
                    rules: {atLeastOne: "email,fax"}
                    fields:
                      - {id: fullName, type: text, label: Full name, maxLength: 10, errors: {required: a.key}}
                      - {id: email, type: email, label: Email, optional: true}
                      - {id: later, type: text, label: Later, optional: true, showWhen: {question: wants, equals: x}}
                      - {id: wants, type: choice, label: What}
                """;
        assertThatThrownBy(() -> new FormCatalogue(List.of(handling("ask", "who")), form("ask.yaml", yaml)))
                .hasMessageContaining("field fullName needs errors.too-long")
                .hasMessageContaining("field email needs errors.format")
                .hasMessageContaining("field later: showWhen must name an earlier choice")
                .hasMessageContaining("field wants is a choice, so needs its values")
                .hasMessageContaining("field wants needs errors.choice")
                .hasMessageContaining("rules.atLeastOne names fax")
                .hasMessageContaining("needs errors.atLeastOne")
                .message().doesNotContain("fullName needs errors.required");
    }

    private static final Language WELSH = new Language("cy");
    private static final Languages ENGLISH_AND_WELSH = Languages.of("en", "cy");

    /** The test's words files: definition-words/{set}/services/cy/tiny.yaml. */
    private static ServiceCatalogue tiny(String set) throws Exception {
        return new ServiceCatalogue(new QuestionTypes(), ENGLISH_AND_WELSH,
                (name, language) -> new ClassPathResource("definition-words/" + set + "/" + name),
                new ClassPathResource("definition-words/services/tiny.yaml"));
    }

    @Test
    void aWordsFileGivesTheEnglishDefinitionInAnotherLanguageWithTheSameStructure() throws Exception {
        var catalogue = tiny("complete");

        var welsh = catalogue.find("tiny", WELSH).orElseThrow();
        var english = catalogue.find("tiny").orElseThrow();

        assertThat(welsh.title()).isEqualTo("Rhoi gwybod am rywbeth");
        var kind = welsh.question("kind").orElseThrow();
        assertThat(kind.section()).isEqualTo("Beth ddigwyddodd");
        assertThat(kind.options()).extracting(o -> o.value() + "=" + o.label())
                .containsExactly("theft=Lladrad", "other=Rhywbeth arall");
        assertThat(kind.options().get(1).detail().error("required")).isEqualTo("Rhowch beth oedd e");
        assertThat(kind.options().get(1).detail().maxLength()).isEqualTo(200);
        assertThat(kind.error("required")).isEqualTo("Dewiswch pa fath o beth ddigwyddodd");
        assertThat(english.title()).isEqualTo("Report something");
        assertThat(catalogue.all()).containsExactly(english);
        assertThat(catalogue.all(WELSH)).containsExactly(welsh);
    }

    @Test
    void aMissingWelshTextOrAKeyTheEnglishDoesNotHaveStopsStartUpNamingFilePathAndLanguage() {
        assertThatThrownBy(() -> tiny("gaps"))
                .hasMessageContaining("services/cy/tiny.yaml")
                .hasMessageContaining("language cy")
                .hasMessageContaining("questions.kind.options.other.detail.errors.required: missing")
                .hasMessageContaining("questions.kind.options.theft.type: not a word of the English");
    }

    @Test
    void aMissingWordsFileStopsStartUpNamingItAndTheLanguage() {
        assertThatThrownBy(() -> tiny("none"))
                .hasMessageContaining("services/cy/tiny.yaml")
                .hasMessageContaining("language cy")
                .hasMessageContaining("the file is missing");
    }

    @Test
    void everyShippedDefinitionAndPublicFormHasItsWelshWords() throws Exception {
        var catalogue = new ServiceCatalogue(new QuestionTypes(), ENGLISH_AND_WELSH,
                ServiceCatalogue.WordsFiles.ON_THE_CLASSPATH,
                new PathMatchingResourcePatternResolver().getResources("classpath*:services/*.yaml"));
        var crime = catalogue.find("crime", WELSH).orElseThrow();
        assertThat(crime.title()).isEqualTo("Rhoi gwybod am drosedd");
        assertThat(catalogue.all(WELSH)).hasSameSizeAs(catalogue.all());
        for (var english : catalogue.all()) {
            var welsh = catalogue.find(english.id(), WELSH).orElseThrow();
            assertThat(welsh.questions()).extracting(q -> q.id() + ":" + q.type())
                    .isEqualTo(english.questions().stream().map(q -> q.id() + ":" + q.type()).toList());
            assertThat(welsh.routing()).isEqualTo(english.routing());
        }

        var forms = new FormCatalogue(List.of(handling("your-data", "name", "contact", "what", "identity",
                "receive")), ENGLISH_AND_WELSH, ServiceCatalogue.WordsFiles.ON_THE_CLASSPATH,
                new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.yaml"));
        var form = forms.get("your-data", WELSH).definition();
        assertThat(form.title()).isEqualTo("Gofyn am y wybodaeth sydd gennym amdanoch chi");
        // A form's errors are message keys, the same in every language.
        assertThat(form.question("name").orElseThrow().fields().getFirst().error("required"))
                .isEqualTo("your-data.error.fullName.required");
        assertThat(forms.get("your-data").definition().title()).isEqualTo("Ask for the information we hold about you");
    }
}
