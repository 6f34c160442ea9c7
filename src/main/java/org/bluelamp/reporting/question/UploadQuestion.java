package org.bluelamp.reporting.question;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FileSizes;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.upload.FileKind;
import org.bluelamp.reporting.upload.ReceivedFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Photos or documents. The page lists the files added, each with a Remove button, above a file input while more
 * may be added. Files arrive already read, checked and stripped of metadata (see {@link ReceivedFile}); this
 * decides whether they are acceptable here and keeps their names, kinds and sizes as the answer.
 * {@code rules.accept} is {@code images} (JPG, PNG), {@code documents} (those and PDF), {@code video} (MP4, MOV,
 * WebM; with the larger size limit for video) or {@code evidence} (documents and video, each kind with its own size
 * limit: dashcam or doorbell footage as well as photos).
 */
final class UploadQuestion implements QuestionType {

    static final int DEFAULT_MAX_FILES = 1;
    private static final int MOST_FILES = 10;
    private static final Map<String, Set<FileKind>> ACCEPT = Map.of(
            "images", Set.of(FileKind.JPEG, FileKind.PNG),
            "documents", Set.of(FileKind.JPEG, FileKind.PNG, FileKind.PDF),
            "video", Set.of(FileKind.MP4, FileKind.QUICKTIME, FileKind.WEBM),
            "evidence", Set.of(FileKind.JPEG, FileKind.PNG, FileKind.PDF, FileKind.MP4, FileKind.QUICKTIME,
                    FileKind.WEBM));

    @Override
    public String name() {
        return "upload";
    }

    @Override
    public List<String> problemsWith(Question question) {
        var problems = new ArrayList<String>();
        if (!ACCEPT.containsKey(question.rule("accept"))) {
            problems.add("needs rules.accept, one of " + ACCEPT.keySet());
        }
        if (question.itemName() == null) {
            problems.add("needs itemName, what one file is called (\"photo\", \"file\")");
        }
        if (maxFiles(question) < 1 || maxFiles(question) > MOST_FILES) {
            problems.add("maxItems must be between 1 and " + MOST_FILES);
        }
        if (!question.optional() && question.error("required") == null) {
            problems.add("needs errors.required, the message when no file is chosen");
        }
        return problems;
    }

    @Override
    public Parsed parse(Question question, FormValues form, Map<String, Object> saved, ParseContext context) {
        var files = new ArrayList<>(files(saved));
        String action = form.get("action");
        if (action.startsWith("remove-")) {
            String id = action.substring("remove-".length());
            files.removeIf(file -> id.equals(file.get("id")));
            return new Parsed(answer(files), FormErrors.NONE, true);
        }
        var errors = new ArrayList<ErrorMessage>();
        for (ReceivedFile received : context.files()) {
            String problem = problemWith(question, received, files.size(), context);
            if (problem != null) {
                errors.add(new ErrorMessage(question.id(), problem));
            } else {
                files.add(describe(received));
            }
        }
        if (!errors.isEmpty()) {
            // the good files of several chosen at once are kept, so only the bad ones need choosing again
            return new Parsed(answer(files), new FormErrors(errors), true);
        }
        if (files.isEmpty() && !question.optional()) {
            return Parsed.invalid(List.of(new ErrorMessage(question.id(), question.error("required"))));
        }
        boolean addAnother = "upload".equals(action) && files.size() < maxFiles(question);
        return new Parsed(answer(files), FormErrors.NONE, addAnother);
    }

    private static String problemWith(Question question, ReceivedFile file, int alreadyAdded, ParseContext context) {
        Texts texts = context.texts();
        return switch (file.problem()) {
            case EMPTY -> texts.t("validation.upload.empty", file.name());
            case TOO_LARGE -> texts.t("validation.upload.too-large", file.name(), FileSizes.describe(
                    file.kind() != null && !file.kind().isVideo() ? context.maxPhotoSize() : context.maxFileSize(),
                    texts));
            case UNREADABLE -> texts.t("validation.upload.unreadable", file.name());
            case PASSWORD_PROTECTED -> texts.t("validation.upload.password", file.name());
            case INFECTED -> texts.t("validation.upload.virus", file.name());
            case TOO_MANY_PIXELS -> texts.t("validation.upload.too-many-pixels", file.name());
            case TOO_MANY_PAGES -> texts.t("validation.upload.too-many-pages", file.name());
            case TOO_COMPLEX -> texts.t("validation.upload.too-complex", file.name());
            case TOO_MANY -> texts.t("validation.upload.too-many", maxFiles(question), question.itemName());
            case BUSY -> texts.t("validation.upload.busy", file.name());
            case NONE -> {
                if (file.kind() == null || !accepted(question).contains(file.kind())) {
                    yield texts.t(takesVideo(question) ? "validation.upload.wrong-type.video" : "validation.upload.wrong-type",
                            file.name(), acceptedLabels(question, texts));
                }
                if (alreadyAdded >= maxFiles(question)) {
                    yield texts.t("validation.upload.too-many", maxFiles(question), question.itemName());
                }
                yield null;
            }
        };
    }

    private static Set<FileKind> accepted(Question question) {
        String accept = question.rule("accept"); // null for a question that is not an upload
        return accept == null ? Set.of() : ACCEPT.getOrDefault(accept, Set.of());
    }

    /** "JPG or PNG", "JPG, PNG or PDF": what the person may choose, for hints and errors. */
    static String acceptedLabels(Question question, Texts texts) {
        return labels(accepted(question), texts);
    }

    /** The photos and documents an upload question takes, in words, where it takes video as well. */
    static String acceptedPhotoLabels(Question question, Texts texts) {
        return labels(accepted(question).stream().filter(kind -> !kind.isVideo()).collect(Collectors.toSet()), texts);
    }

    /** The videos an upload question takes, in words. */
    static String acceptedVideoLabels(Question question, Texts texts) {
        return labels(accepted(question).stream().filter(FileKind::isVideo).collect(Collectors.toSet()), texts);
    }

    private static String labels(Set<FileKind> kinds, Texts texts) {
        var labels = Arrays.stream(FileKind.values()).filter(kinds::contains).map(FileKind::label).toList();
        if (labels.size() < 2) {
            return String.join("", labels);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " " + texts.t("list.or") + " "
                + labels.getLast();
    }

    static String acceptAttribute(Question question) {
        return Arrays.stream(FileKind.values()).filter(accepted(question)::contains)
                .map(kind -> kind.mediaType() + ",." + kind.extension()).collect(Collectors.joining(","));
    }

    /** Whether the question takes only video (a BSL message: the page offers to record one). */
    static boolean takesVideo(Question question) {
        return "video".equals(question.rule("accept"));
    }

    /** Whether the question takes video files, alone or with others: video has a size limit of its own. */
    static boolean acceptsVideo(Question question) {
        return accepted(question).stream().anyMatch(FileKind::isVideo);
    }

    /** Whether the question takes photos or documents, alone or with video. */
    static boolean acceptsPhotos(Question question) {
        return accepted(question).stream().anyMatch(kind -> !kind.isVideo());
    }

    static int maxFiles(Question question) {
        return question.maxItems() != null ? question.maxItems() : DEFAULT_MAX_FILES;
    }

    private static Map<String, Object> describe(ReceivedFile file) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("id", file.id());
        entry.put("name", file.name());
        entry.put("kind", file.kind().name());
        entry.put("size", file.size());
        return entry;
    }

    private static Map<String, Object> answer(List<Map<String, Object>> files) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("files", List.copyOf(files));
        return answer;
    }

    static List<Map<String, Object>> files(Map<String, Object> answer) {
        return Answers.maps(answer, "files");
    }

    @Override
    public FormValues toForm(Question question, Map<String, Object> answer) {
        return FormValues.EMPTY; // a file input never shows a value; the files added are listed above it
    }

    @Override
    public List<AddedEntry> added(Question question, Map<String, Object> answer, Texts texts) {
        return files(answer).stream().map(file -> new AddedEntry(line(file, texts), Answers.text(file, "id"))).toList();
    }

    @Override
    public List<String> summarise(Question question, Map<String, Object> answer, Texts texts) {
        return files(answer).stream().map(file -> line(file, texts)).toList();
    }

    /** "photo.jpg (JPG, 1.2 MB)". */
    private static String line(Map<String, Object> file, Texts texts) {
        var kind = FileKind.valueOf(Answers.text(file, "kind"));
        long size = ((Number) file.getOrDefault("size", 0)).longValue();
        return Answers.text(file, "name") + " (" + kind.label() + ", " + FileSizes.describe(size, texts) + ")";
    }
}
