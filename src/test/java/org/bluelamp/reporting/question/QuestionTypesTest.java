package org.bluelamp.reporting.question;

import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.Option;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.upload.FileKind;
import org.bluelamp.reporting.upload.ReceivedFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bluelamp.reporting.question.Questions.CONTEXT;
import static org.bluelamp.reporting.question.Questions.field;
import static org.bluelamp.reporting.question.Questions.form;
import static org.bluelamp.reporting.question.Questions.question;

class QuestionTypesTest {

    private final Option yes = new Option("yes", "Yes", null, field("what", "text", false), false);
    private final Option no = new Option("no", "No", null, null, false);
    private final Option none = new Option("none", "None of these", null, null, true);

    @Test
    void radiosNeedAChoiceAndTheRevealedDetailOfIt() {
        var q = question("stolen", "radios", List.of(yes, no), List.of(), Map.of());
        var radios = new RadiosQuestion();
        assertThat(radios.parse(q, form(), Map.of(), CONTEXT).errors().forField("stolen")).isEqualTo("Answer stolen");
        assertThat(radios.parse(q, form("stolen", "maybe"), Map.of(), CONTEXT).valid()).isFalse();
        assertThat(radios.parse(q, form("stolen", "yes"), Map.of(), CONTEXT).errors().forField("stolen-yes-detail"))
                .isEqualTo("Enter what");
        var parsed = radios.parse(q, form("stolen", "yes", "stolen-yes-detail", "A bike"), Map.of(), CONTEXT);
        assertThat(parsed.answer()).containsEntry("value", "yes").containsEntry("detail", "A bike");
        assertThat(radios.summarise(q, parsed.answer(), CONTEXT.texts())).containsExactly("Yes", "A bike");
        assertThat(radios.toForm(q, parsed.answer()).get("stolen-yes-detail")).isEqualTo("A bike");
    }

    @Test
    void anExclusiveCheckboxCannotBeTickedWithOthers() {
        var q = question("support", "checkboxes", List.of(yes, no, none), List.of(), Map.of());
        var boxes = new CheckboxesQuestion();
        var both = boxes.parse(q, form("support", "no", "support", "none"), Map.of(), CONTEXT);
        assertThat(both.errors().forField("support")).isEqualTo("Select 'None of these' on its own, or untick it");
        var parsed = boxes.parse(q, form("support", "no", "support", "yes", "support-yes-detail", "Ramp"), Map.of(), CONTEXT);
        assertThat(boxes.chosen(parsed.answer())).containsExactly("yes", "no");
        assertThat(boxes.summarise(q, parsed.answer(), CONTEXT.texts())).containsExactly("Yes: Ramp", "No");
    }

    @Test
    void aDateOfBirthCannotBeInTheFutureOrUnreal() {
        var q = question("dob", "date", List.of(), List.of(), Map.of("past", "true"));
        var date = new DateQuestion();
        assertThat(date.parse(q, form("dob-day", "31", "dob-month", "2", "dob-year", "1990"), Map.of(), CONTEXT)
                .errors().forField("dob-day")).isEqualTo("Title of dob must be a real date");
        assertThat(date.parse(q, form("dob-day", "1", "dob-month", "1", "dob-year", "2027"), Map.of(), CONTEXT)
                .errors().forField("dob-day")).isEqualTo("Title of dob must be today or in the past");
        assertThat(date.parse(q, form("dob-day", "1", "dob-year", "1990"), Map.of(), CONTEXT)
                .errors().forField("dob-month")).isEqualTo("Title of dob must include a month");
        var parsed = date.parse(q, form("dob-day", "27", "dob-month", "Mar", "dob-year", "1985"), Map.of(), CONTEXT);
        assertThat(parsed.answer()).containsEntry("date", "1985-03-27");
        assertThat(date.summarise(q, parsed.answer(), CONTEXT.texts())).containsExactly("27 March 1985");
    }

    @Test
    void whenItHappenedMustBeInThePastAndInOrder() {
        var q = question("when", "when", List.of(), List.of(), Map.of());
        var when = new WhenQuestion();
        var future = when.parse(q, form("when", "exact", "when-exact-day", "24", "when-exact-month", "11",
                "when-exact-year", "2026", "when-exact-time", "3pm"), Map.of(), CONTEXT);
        assertThat(future.errors().forField("when-exact-day")).isEqualTo("The date and time it happened must be in the past");
        var backwards = when.parse(q, form("when", "between", "when-from-day", "20", "when-from-month", "11",
                "when-from-year", "2026", "when-from-time", "22:00", "when-to-day", "20", "when-to-month", "11",
                "when-to-year", "2026", "when-to-time", "9pm"), Map.of(), CONTEXT);
        assertThat(backwards.errors().forField("when-to-day")).isEqualTo("The end must be after the start");
        var badTime = when.parse(q, form("when", "exact", "when-exact-day", "20", "when-exact-month", "11",
                "when-exact-year", "2026", "when-exact-time", "teatime"), Map.of(), CONTEXT);
        assertThat(badTime.errors().forField("when-exact-time")).isEqualTo("Enter the time it happened like 9:30am or 21:30");
        var exact = when.parse(q, form("when", "exact", "when-exact-day", "20", "when-exact-month", "11",
                "when-exact-year", "2026", "when-exact-time", "9.15pm"), Map.of(), CONTEXT);
        assertThat(exact.answer()).containsEntry("at", "2026-11-20T21:15");
        assertThat(when.summarise(q, exact.answer(), CONTEXT.texts())).containsExactly("On 20 November 2026, 9:15pm");
        assertThat(when.toForm(q, exact.answer()).get("when-exact-time")).isEqualTo("9:15pm");
        assertThat(when.parse(q, form("when", "unknown"), Map.of(), CONTEXT).valid()).isTrue();
    }

    @Test
    void timesAreReadAsPeopleWriteThem() {
        assertThat(DateReader.time("noon")).hasValueSatisfying(t -> assertThat(t.getHour()).isEqualTo(12));
        assertThat(DateReader.time("12am")).hasValueSatisfying(t -> assertThat(t.getHour()).isZero());
        assertThat(DateReader.time("7:05 p.m.")).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("19:05"));
        assertThat(DateReader.time("1430")).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("14:30"));
        assertThat(DateReader.time("7")).isEmpty();
        assertThat(DateReader.time("25:00")).isEmpty();
    }

    @Test
    void aGroupOfFieldsCanRequireAtLeastOneOfSome() {
        List<Field> fields = List.of(field("email", "email", true), field("phone", "uk-phone", true));
        var q = question("contact", "fields", List.of(), fields, Map.of("atLeastOne", "email,phone"));
        var group = new FieldsQuestion();
        assertThat(group.problemsWith(q)).isEmpty();
        assertThat(group.parse(q, form(), Map.of(), CONTEXT).errors().forField("contact-email"))
                .isEqualTo("Give one of them");
        assertThat(group.parse(q, form("contact-phone", "07700900982"), Map.of(), CONTEXT).answer())
                .containsEntry("phone", "07700 900982").doesNotContainKey("email");
    }

    @Test
    void itemsAreAddedOneAtATimeAndCanBeRemoved() {
        var q = question("items", "items", List.of(), List.of(field("description", "text", false),
                field("value", "money", true)), Map.of());
        var items = new ItemsQuestion();
        assertThat(items.parse(q, form("action", "continue"), Map.of(), CONTEXT).errors().forField("items-description"))
                .isEqualTo("Answer items");
        var first = items.parse(q, form("action", "add", "items-description", "Bike", "items-value", "450"), Map.of(), CONTEXT);
        assertThat(first.stay()).isTrue();
        var second = items.parse(q, form("action", "continue", "items-description", "Helmet"), first.answer(), CONTEXT);
        assertThat(second.stay()).isFalse();
        assertThat(items.summarise(q, second.answer(), CONTEXT.texts())).containsExactly("Bike, £450.00", "Helmet");
        var removed = items.parse(q, form("action", "remove-0"), second.answer(), CONTEXT);
        assertThat(items.summarise(q, removed.answer(), CONTEXT.texts())).containsExactly("Helmet");
        var badValue = items.parse(q, form("action", "add", "items-description", "Phone", "items-value", "lots"),
                removed.answer(), CONTEXT);
        assertThat(badValue.errors().forField("items-value")).isEqualTo("Enter an amount in pounds, like 150 or 49.99");
    }

    @Test
    void anItemCanBeChangedInPlaceAndAMistakeInTheChangeIsShown() {
        var q = question("items", "items", List.of(), List.of(field("description", "text", false),
                field("value", "money", true)), Map.of());
        var items = new ItemsQuestion();
        var first = items.parse(q, form("action", "add", "items-description", "Bike", "items-value", "450"), Map.of(), CONTEXT);
        var two = items.parse(q, form("action", "add", "items-description", "Helmet"), first.answer(), CONTEXT);

        assertThat(items.entryForm(q, two.answer(), "0").get("items-value")).isEqualTo("450.00");
        var changed = items.parse(q, form("action", "save", "entry", "0", "items-description", "Red bike",
                "items-value", "500"), two.answer(), CONTEXT);
        assertThat(changed.stay()).isTrue();
        assertThat(items.summarise(q, changed.answer(), CONTEXT.texts())).containsExactly("Red bike, £500.00", "Helmet");
        assertThat(items.parse(q, form("action", "save", "entry", "1", "items-description", ""), changed.answer(), CONTEXT)
                .errors().forField("items-description")).isEqualTo("Enter description");
        assertThat(items.parse(q, form("action", "save", "entry", "7", "items-description", "Ghost"), changed.answer(),
                CONTEXT).answer()).as("an item removed meanwhile is not brought back").isEqualTo(changed.answer());
    }

    @Test
    void uploadsAcceptOnlyTheKindsAllowedUpToTheLimitAndCanBeRemoved() {
        var q = new Question("photo", "upload", "Upload a photo", null, null, false, null, null, null, null, "photo",
                2, Map.of("accept", "images"), Map.of("required", "Select a photo"), null, null, false);
        var upload = new UploadQuestion();
        var context = new ParseContext(CONTEXT.texts(), Questions.NOW, List.of(), 10 * 1024 * 1024);
        assertThat(upload.parse(q, form("action", "continue"), Map.of(), context).errors().forField("photo"))
                .isEqualTo("Select a photo");

        var pdf = received("a", "letter.pdf", FileKind.PDF, 2048, ReceivedFile.Problem.NONE);
        assertThat(upload.parse(q, form("action", "upload"), Map.of(), with(context, pdf)).errors().forField("photo"))
                .isEqualTo("The selected file letter.pdf must be a JPG or PNG");
        var unknown = received("b", "photo.heic", null, 2048, ReceivedFile.Problem.NONE);
        assertThat(upload.parse(q, form(), Map.of(), with(context, unknown)).errors().forField("photo"))
                .isEqualTo("The selected file photo.heic must be a JPG or PNG");
        var big = received("c", "big.jpg", null, 11 * 1024 * 1024, ReceivedFile.Problem.TOO_LARGE);
        assertThat(upload.parse(q, form(), Map.of(), with(context, big)).errors().forField("photo"))
                .isEqualTo("The selected file big.jpg must be smaller than 10 MB");
        var broken = received("d", "broken.png", FileKind.PNG, 10, ReceivedFile.Problem.UNREADABLE);
        assertThat(upload.parse(q, form(), Map.of(), with(context, broken)).errors().forField("photo"))
                .startsWith("The selected file broken.png could not be read");

        var first = upload.parse(q, form("action", "upload"), Map.of(),
                with(context, received("e", "me.jpg", FileKind.JPEG, 1536, ReceivedFile.Problem.NONE)));
        assertThat(first.stay()).as("room for one more, so the page shows again").isTrue();
        var second = upload.parse(q, form("action", "upload"), first.answer(),
                with(context, received("f", "me2.png", FileKind.PNG, 3 * 1024 * 1024, ReceivedFile.Problem.NONE)));
        assertThat(second.stay()).as("full, so the journey goes on").isFalse();
        assertThat(upload.summarise(q, second.answer(), CONTEXT.texts()))
                .containsExactly("me.jpg (JPG, 2 KB)", "me2.png (PNG, 3 MB)");
        assertThat(upload.parse(q, form(), second.answer(),
                with(context, received("g", "third.png", FileKind.PNG, 10, ReceivedFile.Problem.NONE)))
                .errors().forField("photo")).isEqualTo("You can only upload 2 photos: remove one to add another");
        var removed = upload.parse(q, form("action", "remove-e"), second.answer(), context);
        assertThat(upload.added(q, removed.answer(), CONTEXT.texts())).extracting(AddedEntry::key).containsExactly("f");
    }

    @Test
    void aVideoQuestionTakesOnlyVideosUpToTheVideoLimit() {
        var q = new Question("video", "upload", "Send your BSL video", null, null, false, null, null, null, null, "video",
                1, Map.of("accept", "video"), Map.of("required", "Choose a video, or record one"), null, null, false);
        var upload = new UploadQuestion();
        assertThat(QuestionTypes.takesVideo(q)).isTrue();
        var context = new ParseContext(CONTEXT.texts(), Questions.NOW, List.of(), 100L * 1024 * 1024);
        assertThat(upload.parse(q, form("action", "continue"), Map.of(), context).errors().forField("video"))
                .isEqualTo("Choose a video, or record one");
        var photo = received("a", "message.mp4", FileKind.JPEG, 2048, ReceivedFile.Problem.NONE);
        assertThat(upload.parse(q, form(), Map.of(), with(context, photo)).errors().forField("video"))
                .isEqualTo("The selected file message.mp4 must be a video: MP4, MOV or WebM");
        var big = received("b", "long.mov", null, 101L * 1024 * 1024, ReceivedFile.Problem.TOO_LARGE);
        assertThat(upload.parse(q, form(), Map.of(), with(context, big)).errors().forField("video"))
                .isEqualTo("The selected file long.mov must be smaller than 100 MB");
        var video = upload.parse(q, form("action", "continue"), Map.of(),
                with(context, received("c", "bsl-message.webm", FileKind.WEBM, 3 * 1024 * 1024, ReceivedFile.Problem.NONE)));
        assertThat(video.valid()).isTrue();
        assertThat(upload.summarise(q, video.answer(), CONTEXT.texts())).containsExactly("bsl-message.webm (WebM, 3 MB)");
        assertThat(QuestionTypes.acceptAttribute(q)).isEqualTo("video/mp4,.mp4,video/quicktime,.mov,video/webm,.webm");
    }

    private static ReceivedFile received(String id, String name, FileKind kind, long size, ReceivedFile.Problem problem) {
        return new ReceivedFile(id, name, kind, size, problem);
    }

    private static ParseContext with(ParseContext context, ReceivedFile file) {
        return new ParseContext(context.texts(), context.now(), List.of(file), context.maxFileSize());
    }
}
