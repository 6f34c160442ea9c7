package org.bluelamp.reporting.calls;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.SummaryRow;
import org.bluelamp.reporting.Channel;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.journey.QuestionPage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the call-logging screens show; public so that templates can read them. */
public final class CallPages {

    private CallPages() {
    }

    /** The first screen: what the call is about, how it came in and when it started. */
    /**
     * @param otherLanguages the offered languages other than English a caller may ask for, as code and English name
     *                       ("cy", "Welsh"); empty when the force offers only English
     * @param language       the code of the language ticked, or empty for English
     */
    public record Start(List<ServiceDefinition> services, List<Channel> channels, String service, String channel,
                        String started, List<Map.Entry<String, String>> otherLanguages, String language,
                        FormErrors errors) {
    }

    /**
     * One section's screen.
     *
     * @param questions  a page for each question, built as the public pages are but under the section's heading
     * @param warnings   the signposts the answers reach, each one line for the handler
     * @param buildsAList whether the screen is one question that adds entries over several posts (items, files)
     */
    public record Screen(Heading heading, String section, List<QuestionPage> questions, List<String> warnings,
                         String action, boolean multipart, boolean buildsAList, FormErrors errors, String backUrl) {
    }

    /** The summary before saving, by section, each answer with a link to change its screen. */
    public record Summary(Heading heading, List<Section> sections, List<String> warnings, String finishAction,
                          String backUrl) {
    }

    public record Section(String title, List<SummaryRow> rows) {
    }

    /** Said at the top of every screen of a call: what it is about, how it came in, when it started. */
    public record Heading(String serviceTitle, String channel, Instant startedAt) {
    }

    /** The call is saved: its reference, and where its contact will be. */
    public record Saved(Heading heading, String reference, String contactUrl) {
    }
}
