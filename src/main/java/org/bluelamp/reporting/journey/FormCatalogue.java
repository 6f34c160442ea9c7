package org.bluelamp.reporting.journey;

import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.Languages;
import org.bluelamp.reporting.FormHandler;
import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.FormDefinition;
import org.bluelamp.reporting.definition.Question;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The public forms that are not reports, read from {@code forms/*.yaml} at start-up with the module that handles each.
 * A form with a mistake, no handler, or a handler that does not know its steps stops Bluelamp from starting, with
 * everything wrong with it. They are never in the catalogue of services: nobody can report through them.
 */
@Component
class FormCatalogue {

    static final Set<String> FIELD_TYPES = Set.of("text", "textarea", "email", "uk-phone", "postcode", "choice",
            "date-part");
    private static final Pattern ID = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Set<String> RESERVED = Set.of("start", "check", "done", "answer");

    private final Map<String, Form> forms;
    /** Each form in every offered language but English: the English tree with the words of forms/<code>/<id>.yaml. */
    private final Map<Language, Map<String, Form>> translated;

    /** A form's definition with the module that handles it. */
    record Form(FormDefinition definition, FormHandler handler) {
    }

    @Autowired
    FormCatalogue(List<FormHandler> handlers, Languages languages) throws IOException {
        this(handlers, languages, ServiceCatalogue.WordsFiles.ON_THE_CLASSPATH,
                new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.yaml"));
    }

    /** English only: for tests of the definitions themselves. */
    FormCatalogue(List<FormHandler> handlers, Resource... files) throws IOException {
        this(handlers, Languages.of(Language.ENGLISH.code()), ServiceCatalogue.WordsFiles.ON_THE_CLASSPATH, files);
    }

    FormCatalogue(List<FormHandler> handlers, Languages languages, ServiceCatalogue.WordsFiles words,
                  Resource... files) throws IOException {
        var loaded = new LinkedHashMap<String, Form>();
        var translations = new LinkedHashMap<Language, Map<String, Form>>();
        for (Resource file : files) {
            String name = "forms/" + file.getFilename();
            var tree = DefinitionFiles.tree(file, name);
            FormDefinition definition = DefinitionFiles.read(tree, name, FormDefinition.class);
            var owners = handlers.stream().filter(h -> h.formId().equals(definition.id())).toList();
            String id = file.getFilename().replaceFirst("\\.yaml$", "");
            var problems = problemsWith(definition, id, owners);
            if (!problems.isEmpty()) {
                throw new ServiceCatalogue.InvalidDefinitionException(name, problems);
            }
            loaded.put(definition.id(), new Form(definition, owners.getFirst()));
            for (Language language : languages.offered()) {
                if (language.isBase()) {
                    continue;
                }
                // A form's errors are message keys, already in every language: only its words are in the file.
                String wordsName = "forms/" + language.code() + "/" + file.getFilename();
                var inLanguage = DefinitionFiles.read(DefinitionWords.translate(tree,
                        DefinitionFiles.tree(words.find(wordsName, language), wordsName), false, wordsName, language),
                        wordsName, FormDefinition.class);
                var wordProblems = problemsWith(inLanguage, id, owners);
                if (!wordProblems.isEmpty()) {
                    throw new ServiceCatalogue.InvalidDefinitionException(wordsName, wordProblems);
                }
                translations.computeIfAbsent(language, l -> new LinkedHashMap<>())
                        .put(definition.id(), new Form(inLanguage, owners.getFirst()));
            }
        }
        for (FormHandler handler : handlers) {
            if (!loaded.containsKey(handler.formId())) {
                throw new ServiceCatalogue.InvalidDefinitionException("forms/" + handler.formId() + ".yaml",
                        List.of("is missing, but " + handler.getClass().getSimpleName() + " handles it"));
            }
        }
        this.forms = Map.copyOf(loaded);
        var all = new LinkedHashMap<Language, Map<String, Form>>();
        translations.forEach((language, map) -> all.put(language, Map.copyOf(map)));
        this.translated = Map.copyOf(all);
    }

    /** The form in English: what is stored and what staff see. */
    Form get(String formId) {
        var form = forms.get(formId);
        if (form == null) {
            throw new IllegalArgumentException("No public form " + formId);
        }
        return form;
    }

    /** The form in a language, for its public pages; English for English or a language not offered. */
    Form get(String formId, Language language) {
        var inLanguage = translated.getOrDefault(language, Map.of()).get(formId);
        return inLanguage != null ? inLanguage : get(formId);
    }

    static List<String> problemsWith(FormDefinition form, String fileName, List<FormHandler> owners) {
        var problems = new ArrayList<String>();
        if (!fileName.equals(form.id())) {
            problems.add("id '" + form.id() + "' is not the file's name, " + fileName);
        }
        if (form.version() < 1) {
            problems.add("version must be 1 or more");
        }
        if (form.title() == null || form.title().isBlank()) {
            problems.add("needs a title");
        }
        if (form.path() == null || !form.path().matches("/[a-z-]+(/[a-z-]+)*")) {
            problems.add("path must be an address on this site, like /your-data");
        }
        if (form.errors().get("characters") == null) {
            problems.add("needs errors.characters");
        }
        if (form.questions().isEmpty()) {
            problems.add("needs at least one question");
        }
        var ids = new HashSet<String>();
        for (Question question : form.questions()) {
            String where = "question " + question.id();
            if (question.id() == null || !ID.matcher(question.id()).matches() || RESERVED.contains(question.id())) {
                problems.add(where + ": an id must be lower-case words and dashes, and not one of " + RESERVED);
            }
            if (!ids.add(question.id())) {
                problems.add(where + " is there twice");
            }
            if (!"fields".equals(question.type())) {
                problems.add(where + ": a form's step is a group of fields (type: fields)");
            }
            if (question.title() == null || question.title().isBlank()) {
                problems.add(where + " needs a title");
            }
            if (question.fields().isEmpty()) {
                problems.add(where + " needs at least one field");
            }
            var fieldIds = new HashSet<String>();
            for (Field field : question.fields()) {
                if (!fieldIds.add(field.id())) {
                    problems.add(where + " has the field " + field.id() + " twice");
                }
                if (!FIELD_TYPES.contains(field.type())) {
                    problems.add(where + ": field " + field.id() + " has an unknown type " + field.type()
                            + " (one of " + FIELD_TYPES + ")");
                }
                if (field.label() == null || field.label().isBlank()) {
                    problems.add(where + ": field " + field.id() + " needs a label");
                }
                problems.addAll(checksOf(field, question, where + ": field " + field.id()));
            }
            for (String id : FormChecks.atLeastOne(question)) {
                if (question.fields().stream().noneMatch(f -> f.id().equals(id))) {
                    problems.add(where + ": rules.atLeastOne names " + id + ", which is not one of its fields");
                }
            }
            if (!FormChecks.atLeastOne(question).isEmpty() && question.error("atLeastOne") == null) {
                problems.add(where + " needs errors.atLeastOne");
            }
        }
        if (owners.size() != 1) {
            problems.add(owners.isEmpty() ? "no module handles it (a reporting.FormHandler)"
                    : "more than one module handles it");
        } else if (!owners.getFirst().steps().equals(ids)) {
            problems.add(owners.getFirst().getClass().getSimpleName() + " knows the steps "
                    + owners.getFirst().steps() + " but the definition has " + ids);
        }
        return problems;
    }

    /** Each check a field states needs the message that says what is wrong. */
    private static List<String> checksOf(Field field, Question step, String where) {
        var problems = new ArrayList<String>();
        var needed = new ArrayList<String>();
        if ("choice".equals(field.type())) {
            needed.add("choice");
            if (field.values().isEmpty()) {
                problems.add(where + " is a choice, so needs its values");
            }
        } else if (!field.values().isEmpty()) {
            problems.add(where + " has values but is not a choice");
        }
        if (FormChecks.TYPED.contains(field.type())) {
            if (!field.optional()) {
                needed.add("required");
            }
            if (field.maxLength() != null) {
                needed.add("too-long");
            }
            if (FormChecks.FORMATTED.contains(field.type())) {
                needed.add("format");
            }
        }
        for (String kind : needed) {
            if (field.error(kind) == null) {
                problems.add(where + " needs errors." + kind);
            }
        }
        if (field.showWhen() != null) {
            var earlier = step.fields().subList(0, step.fields().indexOf(field)).stream()
                    .filter(f -> f.id().equals(field.showWhen().question())).findFirst();
            if (earlier.isEmpty() || !earlier.get().values().containsAll(field.showWhen().values())
                    || field.showWhen().values().isEmpty()) {
                problems.add(where + ": showWhen must name an earlier choice of its step and some of its values");
            }
        }
        return problems;
    }
}
