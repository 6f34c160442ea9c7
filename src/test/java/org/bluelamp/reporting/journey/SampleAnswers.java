package org.bluelamp.reporting.journey;

import org.bluelamp.WebSession;
import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.Option;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.upload.TestImages;
import org.bluelamp.reporting.upload.TestVideos;

import java.util.Comparator;

/** Plausible answers a member of the public might give, for tests that complete any report type. */
public final class SampleAnswers {

    private SampleAnswers() {
    }

    /**
     * The first choice that no signpost waits for, so the journey goes on to the end; a choice that stands alone
     * ("None of these") only if nothing else goes on.
     */
    public static Option choiceThatGoesOn(ServiceDefinition service, Question question) {
        var endings = service.questions().stream()
                .filter(q -> q.type().equals("signpost") && q.showWhen() != null
                        && q.showWhen().question().equals(question.id()))
                .flatMap(q -> q.showWhen().values().stream()).toList();
        return question.options().stream().filter(o -> !endings.contains(o.value()))
                .sorted(Comparator.comparing(Option::exclusive)).findFirst()
                .orElseThrow(() -> new AssertionError(question.id() + " has no choice that goes on"));
    }

    /** A file an upload question takes: a short video where it takes video, otherwise a small photo. */
    public static WebSession.FileToSend fileFor(Question question) {
        return "video".equals(question.rule("accept"))
                ? new WebSession.FileToSend("bsl-message.webm", TestVideos.webm())
                : new WebSession.FileToSend("photo.png", TestImages.png(60, 40));
    }

    public static String forField(Field field) {
        return switch (field.type()) {
            case "email" -> "sample@example.com";
            case "uk-phone" -> "07700 900982";
            case "postcode" -> "LE1 1AA";
            case "money" -> "25";
            case "vehicle-registration" -> "AB12 CDE";
            default -> "Sample " + field.id();
        };
    }
}
