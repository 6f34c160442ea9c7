package org.bluelamp.platform.contactpoint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTest {

    @Test
    void theDomainIsLowerCasedAndSpacesAroundAreDropped() {
        assertThat(EmailAddress.parse("  Jo.Bloggs@Example.COM ")).get().extracting(EmailAddress::value)
                .isEqualTo("Jo.Bloggs@example.com");
    }

    @Test
    void twoSpellingsOfOneMailboxAreTheSame() {
        var typed = EmailAddress.parse("JO@example.com").orElseThrow();
        assertThat(typed.sameAs(EmailAddress.parse("jo@EXAMPLE.com").orElseThrow())).isTrue();
        assertThat(typed.sameAs(EmailAddress.parse("jo2@example.com").orElseThrow())).isFalse();
    }

    @Test
    void whatIsNotAnAddressIsRefusedAndAnAddressNeverPrintsItself() {
        assertThat(EmailAddress.parse("jo@")).isEmpty();
        assertThat(EmailAddress.parse("jo example@example.com")).isEmpty();
        assertThat(EmailAddress.parse(null)).isEmpty();
        var address = EmailAddress.parse("jo@example.com").orElseThrow();
        assertThat(address.toString()).doesNotContain("jo@");
        assertThat(address.masked()).isEqualTo("j•••@example.com");
    }
}
