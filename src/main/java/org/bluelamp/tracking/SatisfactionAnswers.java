package org.bluelamp.tracking;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.form.Entered;
import org.bluelamp.platform.form.FormInput;

import java.util.List;

/**
 * The answers to the three questions and the box, every one optional: a choice not among the options counts as not
 * answered; the box is at most {@link #LONGEST} characters.
 *
 * @param overall      very-satisfied … very-dissatisfied, or null
 * @param easy         very-easy … very-difficult, or null
 * @param keptInformed yes, partly or no, or null
 * @param better       what we could do better, or null
 */
record SatisfactionAnswers(String overall, String easy, String keptInformed, String better) {

    static final int LONGEST = 1000;
    static final List<String> OVERALL = List.of("very-satisfied", "satisfied", "neither", "dissatisfied",
            "very-dissatisfied");
    static final List<String> EASY = List.of("very-easy", "easy", "neither", "difficult", "very-difficult");
    static final List<String> INFORMED = List.of("yes", "partly", "no");

    /** The answers as read from the form, and any errors (only the box can have one: too long). */
    record Read(SatisfactionAnswers answers, FormErrors errors, Entered shown) {
    }

    static Read read(Entered entered, Texts texts) {
        var input = new FormInput(entered, texts, "feedback.better.too-long");
        var answers = new SatisfactionAnswers(input.optionalChoice("overall", OVERALL),
                input.optionalChoice("easy", EASY), input.optionalChoice("informed", INFORMED),
                input.optionalText("better", LONGEST));
        return new Read(answers, input.errors(), input.shown());
    }

    boolean none() {
        return overall == null && easy == null && keptInformed == null && better == null;
    }
}
