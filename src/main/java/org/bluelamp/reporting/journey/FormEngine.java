package org.bluelamp.reporting.journey;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.limits.Client;
import org.bluelamp.reporting.FormAnswer;
import org.bluelamp.reporting.FormDraft;
import org.bluelamp.reporting.FormReview;
import org.bluelamp.reporting.PublicText;
import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.FormDefinition;
import org.bluelamp.reporting.definition.Question;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The engine of the public forms that are not reports ({@code forms/*.yaml}, such as asking for your data): it reads a
 * step's fields as the definition names them, checks them, says which page comes next and where Back goes, and asks
 * the module that owns the form ({@link org.bluelamp.reporting.FormHandler}) for its own rules and to store what is
 * sent. Nothing here knows about HTTP, and nothing is saved here: the draft is the owning module's.
 */
@Component
@NamedInterface("engine")
public class FormEngine {

    private final FormCatalogue forms;

    FormEngine(FormCatalogue forms) {
        this.forms = forms;
    }

    /** A public form that is not a report, by its id: where its pages are and its steps in order. */
    public FormDefinition form(String formId) {
        return forms.get(formId).definition();
    }

    /** Whether the form has this step. */
    public boolean hasStep(String formId, String step) {
        return form(formId).question(step).isPresent();
    }

    /**
     * A step's values as the person typed them, cleaned the way everything typed into a public form is, each of the
     * step's fields by its id; a field not sent is empty.
     */
    public Map<String, String> read(String formId, String step, Function<String, String> parameter) {
        var typed = new LinkedHashMap<String, String>();
        for (Field field : formStep(formId, step).fields()) {
            typed.put(field.id(), PublicText.clean(parameter.apply(field.id())));
        }
        return typed;
    }

    /**
     * Checks a step's answers, given every answer so far: first that nothing holds symbols or hidden characters, then
     * the checks the definition states ({@link FormChecks}) with the owning module's own rules, in the order of the
     * step's fields. Says where to go once it is saved: the next step, or "check your answers" after the last one or
     * while {@code changing} from it. Nothing is saved here: the draft is the owning module's.
     *
     * @param fileErrors problems already found with a file sent with the step: shown instead of the step's rules
     */
    public FormAnswer answer(String formId, String step, FormDraft draft, Map<String, String> typed,
                             List<ErrorMessage> fileErrors, boolean changing, Texts texts) {
        var form = forms.get(formId);
        var all = new LinkedHashMap<>(draft.answers());
        all.putAll(typed);
        var errors = new ArrayList<>(fileErrors);
        if (errors.isEmpty()) {
            for (Field field : formStep(formId, step).fields()) {
                if (PublicText.refusal(PublicText.clean(all.get(field.id())), PublicText.Strictness.PUBLIC_FORM)
                        .isPresent()) {
                    errors.add(new ErrorMessage(field.id(), texts.t(form.definition().errors().get("characters"))));
                }
            }
        }
        if (errors.isEmpty()) {
            errors.addAll(problems(form, step, draft.with(all), texts));
        }
        var steps = form.definition().questions();
        int index = steps.indexOf(formStep(formId, step));
        String next = changing || index + 1 == steps.size() ? checkPath(formId) : stepPath(formId, steps.get(index + 1).id());
        return new FormAnswer(typed, all, new FormErrors(errors), next);
    }

    /** The first step whose answers are not complete; empty when all are. */
    public Optional<String> firstUnfinished(String formId, FormDraft draft, Texts texts) {
        var form = forms.get(formId);
        return form.definition().questions().stream().map(Question::id)
                .filter(step -> !problems(form, step, draft, texts).isEmpty()).findFirst();
    }

    /**
     * What the form's "check your answers" page comes to: the page of a sent form's confirmation, the first step still
     * to finish, or the answers as the owning module lists them.
     */
    public FormReview review(String formId, FormDraft draft, Texts texts) {
        if (draft.sent()) {
            return new FormReview.GoTo(donePath(formId));
        }
        var unfinished = firstUnfinished(formId, draft, texts);
        if (unfinished.isPresent()) {
            return new FormReview.GoTo(stepPath(formId, unfinished.get()));
        }
        return new FormReview.Ready(forms.get(formId).handler().summary(draft, texts));
    }

    /**
     * Sends a finished form through the module that owns it, and gives the page to go to: the first step still to
     * finish, or the form's confirmation. A form already sent is sent again, which its owner answers with the same.
     *
     * @param draftKey what the owning module keeps the draft by: the hash of the browser's draft token
     */
    public String send(String formId, String draftKey, FormDraft draft, Client client, Texts texts,
                       org.bluelamp.platform.language.Language language) {
        var unfinished = draft.sent() ? Optional.<String>empty() : firstUnfinished(formId, draft, texts);
        if (unfinished.isPresent()) {
            return stepPath(formId, unfinished.get());
        }
        forms.get(formId).handler().submit(draftKey, client, language);
        return donePath(formId);
    }

    /** The definition's checks and the owning module's rules for one step, in the order of the step's fields. */
    private static List<ErrorMessage> problems(FormCatalogue.Form form, String step, FormDraft draft, Texts texts) {
        var question = form.definition().question(step).orElseThrow();
        var errors = new ArrayList<>(FormChecks.check(question, draft.answers(), texts));
        errors.addAll(form.handler().check(step, draft, texts));
        var order = question.fields().stream().map(Field::id).toList();
        errors.sort(Comparator.comparingInt(error -> order.contains(error.fieldId())
                ? order.indexOf(error.fieldId()) : order.size()));
        return errors;
    }

    /** The address of a step's page. */
    public String stepPath(String formId, String step) {
        return form(formId).path() + "/" + formStep(formId, step).id();
    }

    /** The address of the form's "check your answers" page. */
    public String checkPath(String formId) {
        return form(formId).path() + "/check";
    }

    /** The address of the page that confirms the form was sent. */
    public String donePath(String formId) {
        return form(formId).path() + "/done";
    }

    /** Where a step's Back link goes: the step before, the start page before the first, or "check your answers". */
    public String backFrom(String formId, String step, boolean changing) {
        if (changing) {
            return checkPath(formId);
        }
        var steps = form(formId).questions();
        int index = steps.indexOf(formStep(formId, step));
        return index == 0 ? form(formId).path() : stepPath(formId, steps.get(index - 1).id());
    }

    private Question formStep(String formId, String step) {
        return form(formId).question(step)
                .orElseThrow(() -> new IllegalArgumentException("No step " + step + " in the form " + formId));
    }
}
