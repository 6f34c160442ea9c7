package org.bluelamp.contact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Each contact action has its own form template, found by its name; a new action without one fails here. */
class ContactActionFormsTest {

    @Test
    void everyActionHasItsOwnTemplate() {
        for (var action : ContactAction.values()) {
            String generated = "gg.jte.generated.precompiled.contact.actions.Jte" + action.template() + "Generated";
            assertThatCode(() -> Class.forName(generated)).as(action.code()).doesNotThrowAnyException();
        }
    }

    @Test
    void aTemplateIsNamedForItsActionInCamelCase() {
        assertThat(ContactAction.CONTACT_REPORTER.template()).isEqualTo("contactReporter");
        assertThat(ContactAction.REQUEST_INFORMATION.template()).isEqualTo("requestInformation");
        assertThat(ContactAction.CLOSE.template()).isEqualTo("close");
    }
}
