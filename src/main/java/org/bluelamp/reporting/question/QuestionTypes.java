package org.bluelamp.reporting.question;

import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.definition.Question;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every question type the engine knows, by the name definitions use. */
@Component
public class QuestionTypes {

    private final Map<String, QuestionType> byName = List.of(
                    new RadiosQuestion(), new CheckboxesQuestion(), TextQuestion.singleLine(),
                    TextQuestion.multiLine(), new DateQuestion(), new WhenQuestion(), new LocationQuestion(),
                    new FieldsQuestion(), new ItemsQuestion(), new UploadQuestion(), new SignpostQuestion())
            .stream().collect(Collectors.toUnmodifiableMap(QuestionType::name, Function.identity()));

    public Optional<QuestionType> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public QuestionType of(Question question) {
        return find(question.type()).orElseThrow(() -> new IllegalStateException("Unknown type " + question.type()));
    }

    public Set<String> names() {
        return byName.keySet();
    }

    /** How many files an upload question takes. */
    public static int maxFiles(Question question) {
        return UploadQuestion.maxFiles(question);
    }

    /** The kinds of file an upload question takes, in words: "JPG or PNG". */
    public static String acceptedFiles(Question question, Texts texts) {
        return UploadQuestion.acceptedLabels(question, texts);
    }

    /** Whether an upload question takes only video (a BSL message: the page offers to record one). */
    public static boolean takesVideo(Question question) {
        return UploadQuestion.takesVideo(question);
    }

    /** Whether an upload question takes video files, alone or with others (with their own, larger size limit). */
    public static boolean acceptsVideo(Question question) {
        return UploadQuestion.acceptsVideo(question);
    }

    /** Whether an upload question takes photos or documents, alone or with video. */
    public static boolean acceptsPhotos(Question question) {
        return UploadQuestion.acceptsPhotos(question);
    }

    /** The photos and documents an upload question takes, in words: "JPG, PNG or PDF". */
    public static String acceptedPhotos(Question question, Texts texts) {
        return UploadQuestion.acceptedPhotoLabels(question, texts);
    }

    /** The videos an upload question takes, in words: "MP4, MOV or WebM". */
    public static String acceptedVideos(Question question, Texts texts) {
        return UploadQuestion.acceptedVideoLabels(question, texts);
    }

    /**
     * What is wrong with typed text by the rules every question's text follows (too long, characters, markup), in the
     * reader's language; {@code name} is what the text is of, in that language.
     */
    public static Optional<String> textProblem(String raw, int maxLength, String name, Texts texts) {
        return TextRules.problem(TextRules.clean(raw, true), maxLength, name, texts);
    }

    /** The accept attribute of an upload question's file input, so devices offer only files it takes. */
    public static String acceptAttribute(Question question) {
        return UploadQuestion.acceptAttribute(question);
    }

    /** The ids of the files kept in an answer to an upload question; none for other answers. */
    public static Set<UUID> fileIds(Map<String, Object> answer) {
        return UploadQuestion.files(answer).stream().map(file -> UUID.fromString(Answers.text(file, "id")))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** An answer's lines on "Check your answers"; an optional question left blank reads "Not given". */
    public List<String> summarise(Question question, Map<String, Object> answer, Texts texts) {
        var lines = of(question).summarise(question, answer, texts);
        return lines.isEmpty() ? List.of(texts.t("check.not-given")) : lines;
    }
}
