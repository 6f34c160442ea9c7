package org.bluelamp.reporting.journey;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.staff.StaffRole;
import org.bluelamp.WebSession;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.pdf.TaggedPdf;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.question.InputIds;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * Completes every report type in the catalogue, whatever its questions, by answering each page it is shown
 * with plausible answers and avoiding the choices that end the journey. A new or changed definition that
 * cannot be completed fails here.
 */
@BluelampTest
class EveryServiceJourneyTest {

    @Autowired
    StaffAccountsForTests staffAccounts;

    private static final Pattern REFERENCE = Pattern.compile("data-reference>([A-Z0-9-]+)<");
    private static final int MOST_PAGES = 80;

    @LocalServerPort
    int port;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @TestFactory
    Stream<DynamicTest> everyServiceCanBeCompletedAndIsStored() {
        return catalogue.all().stream().map(service -> DynamicTest.dynamicTest(service.id(),
                () -> assertNotAnonymous(complete(service, Map.of()))));
    }

    /**
     * Every service reads in Welsh from its start page to the sent report and its printable copy: the Welsh words
     * fit the English structure, and the same answers are accepted.
     */
    @TestFactory
    Stream<DynamicTest> everyServiceCanBeCompletedInWelsh() {
        var welsh = new Language("cy");
        return catalogue.all(welsh).stream().map(service -> DynamicTest.dynamicTest(service.id() + " in Welsh",
                () -> assertThat(complete(service, Map.of(), welsh).body()).contains("<html lang=\"cy\"")));
    }

    /** Where a service lets people stay anonymous, choosing to is kept with the report and nobody promises a reply. */
    @TestFactory
    Stream<DynamicTest> anonymousReportsPromiseNoReply() {
        return catalogue.all().stream().filter(service -> service.anonymousWhen() != null)
                .map(service -> DynamicTest.dynamicTest(service.id() + " anonymously", () -> {
                    var anonymously = service.anonymousWhen();
                    var confirmation = complete(service, Map.of(anonymously.question(), anonymously.values().getFirst()));
                    assertThat(confirmation.body()).contains("You chose to stay anonymous",
                                    "you cannot check this report online")
                            .doesNotContain("contact you by email or text", "href=\"/track");
                    assertThat(anonymous(confirmation)).isTrue();
                    assertStaffSeeItIsAnonymous(confirmation);
                }));
    }

    private void assertStaffSeeItIsAnonymous(WebSession.Page confirmation) {
        var reference = REFERENCE.matcher(confirmation.body());
        assertThat(reference.find()).isTrue();
        var staff = new WebSession(port);
        staffAccounts.signedIn(staff, StaffRole.CONTACT_HANDLER);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                staff.get("/staff/contacts/" + reference.group(1)).body()).contains("Anonymous: chose not to be contacted"));
    }

    private void assertNotAnonymous(WebSession.Page confirmation) {
        assertThat(confirmation.body()).contains("We'll contact you by email or text within 24 hours",
                "href=\"/track?ref=LP-", ">check your report</a>");
        assertThat(anonymous(confirmation)).isFalse();
    }

    private boolean anonymous(WebSession.Page confirmation) {
        var reference = REFERENCE.matcher(confirmation.body());
        assertThat(reference.find()).isTrue();
        return jdbc.sql("SELECT anonymous FROM report WHERE reference = :r").param("r", reference.group(1))
                .query(Boolean.class).single();
    }

    /** Goes through the service to the confirmation, answering as {@code choices} says where it says anything. */
    private WebSession.Page complete(ServiceDefinition service, Map<String, String> choices) {
        return complete(service, choices, Language.ENGLISH);
    }

    /** The same, with pages in {@code language}; {@code service} is the definition in it. */
    private WebSession.Page complete(ServiceDefinition service, Map<String, String> choices, Language language) {
        var session = new WebSession(port);
        if (!language.isBase()) {
            session.addCookie("bluelamp_lang", language.code());
        }
        assertThat(session.get("/report/" + service.id()).body()).contains(html(service.title()));
        var page = session.post("/report/" + service.id(), "emergency", "no");
        for (int pages = 0; pages < MOST_PAGES; pages++) {
            String current = page.path().substring(page.path().lastIndexOf('/') + 1);
            if (current.equals("check-answers")) {
                page = session.post("/report/" + service.id() + "/submit", "declaration", "accepted");
                var reference = REFERENCE.matcher(page.body());
                assertThat(reference.find()).as("confirmation of " + service.id()).isTrue();
                assertThat(Reference.parse(reference.group(1))).isPresent();
                assertThat(jdbc.sql("SELECT service_id FROM report WHERE reference = :r").param("r", reference.group(1))
                        .query(String.class).single()).isEqualTo(service.id());
                assertRoutedAsDefined(service, reference.group(1));
                assertPrintableCopyAsDefined(session, service, reference.group(1), page.body(), language);
                return page;
            }
            var question = service.question(current).orElseThrow(() -> new AssertionError("not a question: " + current));
            assertThat(question.type()).as("reached a signpost on a journey that should go on").isNotEqualTo("signpost");
            var answered = question.type().equals("upload") && !question.optional()
                    ? session.upload(page.path(), question.id(), SampleAnswers.fileFor(question).name(),
                    SampleAnswers.fileFor(question).content(), "action", "continue")
                    : session.post(page.path(), answer(service, question, choices).toArray(String[]::new));
            assertThat(answered.body()).as("errors on " + answered.path()).doesNotContain("govuk-error-summary");
            page = answered;
        }
        return fail(service.id() + " did not reach check answers within " + MOST_PAGES + " pages");
    }

    /** A service that offers a printable copy links to it, and the copy holds the reference and the answers. */
    private void assertPrintableCopyAsDefined(WebSession session, ServiceDefinition service, String reference,
                                              String confirmation, Language language) {
        var copy = session.get("/report/" + service.id() + "/copy");
        if (service.printableCopy() == null) {
            assertThat(copy.status()).isEqualTo(404);
            return;
        }
        assertThat(confirmation).contains("href=\"/report/" + service.id() + "/copy\"", service.printableCopy().link());
        assertThat(copy.status()).isEqualTo(200);
        assertThat(copy.body()).contains(html(service.printableCopy().heading()), reference,
                messages.getMessage("copy.what-was-reported", null, language.locale()),
                html(service.questions().getFirst().summaryTitle()));
        if (language.isBase()) {
            assertThat(copy.body()).contains("Leicestershire Police");
        }
        service.questions().stream().filter(Question::leaveOutOfCopy).forEach(left ->
                assertThat(copy.body()).as("left out of the copy").doesNotContain(left.summaryTitle()));
        assertThat(new WebSession(session.port()).get("/report/" + service.id() + "/copy").path())
                .as("another browser cannot see it").isEqualTo("/report/" + service.id());
        assertCopyIsATaggedPdf(session, service, reference, copy.body(), language);
    }

    /**
     * The copy page offers the same copy as a PDF that a screen reader can read (PDF/UA): a heading, the intro, and
     * tables whose header cells are the questions and whose data cells are the answers, in that reading order.
     */
    private void assertCopyIsATaggedPdf(WebSession session, ServiceDefinition service, String reference,
                                        String copyPage, Language language) {
        String path = "/report/" + service.id() + "/copy.pdf";
        assertThat(copyPage).contains("href=\"" + path + "\" download>"
                + html(messages.getMessage("copy.pdf.link", null, language.locale())) + "</a>");
        var pdf = session.download(path);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        var tagged = TaggedPdf.read(pdf.body(), service.printableCopy().heading() + " " + reference,
                messages.getMessage("language.tag", null, language.locale()));
        assertThat(tagged.types()).startsWith("P", "H1", "P", "Table", "TR", "TH", "TD", "TR", "TH", "TD", "TR", "TH",
                "TD", "H2", "Table", "TR", "TH", "TD").allMatch(type -> type.matches("P|H1|H2|Table|TR|TH|TD"));
        var elements = tagged.elements();
        assertThat(elements).filteredOn(element -> element.type().equals("H1")).singleElement()
                .extracting(TaggedPdf.Element::text).isEqualTo(service.printableCopy().heading());
        var headers = elements.stream().filter(element -> element.type().equals("TH")).map(TaggedPdf.Element::text)
                .toList();
        assertThat(headers).startsWith(messages.getMessage("copy.reference", null, language.locale()),
                        messages.getMessage("copy.reported-to", null, language.locale()),
                        messages.getMessage("copy.sent", null, language.locale()))
                .contains(service.questions().getFirst().summaryTitle());
        service.questions().stream().filter(Question::leaveOutOfCopy).forEach(left ->
                assertThat(headers).as("left out of the PDF").doesNotContain(left.summaryTitle()));
        assertThat(elements).filteredOn(element -> element.type().equals("TD")).extracting(TaggedPdf.Element::text)
                .startsWith(reference, language.isBase() ? "Leicestershire Police" : "Heddlu Swydd Gaerlŷr");
        assertThat(new WebSession(session.port()).download(path).headers().firstValue("Content-Type"))
                .as("another browser cannot have it").isNotEqualTo(pdf.headers().firstValue("Content-Type"));
    }

    /** The contact opens in the definition's queue, at its priority, with a decision clock only where asked. */
    private void assertRoutedAsDefined(ServiceDefinition service, String reference) {
        var routing = service.routing();
        assertThat(messages.getMessage("queue.name." + routing.queue(), null, null, Locale.UK))
                .as("a name for queue " + routing.queue()).isNotBlank();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT queue, priority, crime_decision_due = received_at + interval '24 hours' AS decision
                        FROM contact WHERE reference = :r""").param("r", reference).query().listOfRows())
                .singleElement().satisfies(row -> {
                    assertThat(row).containsEntry("queue", routing.queue())
                            .containsEntry("priority", routing.priority());
                    assertThat(row.get("decision")).isEqualTo(routing.crimeDecision() ? true : null);
                }));
    }

    /** Names and values that answer a question the way a member of the public might. */
    private static List<String> answer(ServiceDefinition service, Question question, Map<String, String> choices) {
        String id = question.id();
        var form = new ArrayList<String>();
        switch (question.type()) {
            case "radios", "checkboxes" -> {
                var option = choices.containsKey(id) ? question.options().stream()
                        .filter(o -> o.value().equals(choices.get(id))).findFirst().orElseThrow()
                        : SampleAnswers.choiceThatGoesOn(service, question);
                form.addAll(List.of(id, option.value()));
                if (option.detail() != null) {
                    form.addAll(List.of(InputIds.detail(id, option.value()), SampleAnswers.forField(option.detail())));
                }
            }
            case "text" -> form.addAll(List.of(id, "Sample answer"));
            case "textarea" -> form.addAll(List.of(id, "A sample answer,\nover two lines."));
            case "date" -> form.addAll(List.of(id + "-day", "27", id + "-month", "3", id + "-year", "1985"));
            case "when" -> form.addAll(List.of(id, "unknown", InputIds.detail(id, "unknown"), "Last week"));
            case "location" -> form.addAll(List.of(id, "description", InputIds.detail(id, "description"),
                    "Near the clock tower"));
            case "fields", "items" -> {
                for (Field field : question.fields()) {
                    form.addAll(List.of(InputIds.part(id, field.id()), SampleAnswers.forField(field)));
                }
                form.addAll(List.of("action", "continue"));
            }
            case "upload" -> form.addAll(List.of("action", "continue")); // files: see UploadJourneyTest
            default -> fail("no sample answer for type " + question.type());
        }
        return form;
    }

    /** Text as a page's HTML holds it. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
