package org.bluelamp.privacy.request;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.SummaryRow;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.limits.Client;
import org.bluelamp.reporting.FormDraft;
import org.bluelamp.reporting.FormHandler;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The subject access request form ({@code forms/your-data.yaml}) as the form engine sees it: privacy owns the rules
 * across each step's fields, the "check your answers" list and what is stored (a request, never a report or a
 * contact).
 */
@Component
class YourDataForm implements FormHandler {

    static final String ID = "your-data";

    private final DueDates dueDates;
    private final RequestIntake intake;

    YourDataForm(DueDates dueDates, RequestIntake intake) {
        this.dueDates = dueDates;
        this.intake = intake;
    }

    @Override
    public String formId() {
        return ID;
    }

    @Override
    public Set<String> steps() {
        return Arrays.stream(FormStep.values()).map(FormStep::code).collect(Collectors.toSet());
    }

    @Override
    public List<ErrorMessage> check(String step, FormDraft draft, Texts texts) {
        return RequestAnswers.check(FormStep.fromCode(step).orElseThrow(), draft.answers(), draft.fileKept(),
                dueDates.today(), texts);
    }

    @Override
    public List<SummaryRow> summary(FormDraft draft, Texts texts) {
        return AnswerSummary.rows(draft, texts);
    }

    @Override
    public void submit(String draftKey, Client client, org.bluelamp.platform.language.Language language) {
        intake.submit(draftKey, client, language);
    }
}
