package org.bluelamp.reporting.journey;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;

import java.util.Optional;

/**
 * The "where shall we send the link" form: a choice of email or text, and the address for it.
 *
 * @param sendBy "email", "text" or blank
 */
record LinkAddressForm(String sendBy, String email, String mobile) {

    static final String SEND_BY = "send-by";
    static final String EMAIL = "email";
    static final String MOBILE = "mobile";
    private static final int LONGEST = 254;

    LinkAddressForm {
        sendBy = sendBy == null ? "" : sendBy.strip();
        email = email == null ? "" : email.strip();
        mobile = mobile == null ? "" : mobile.strip();
    }

    /** The form filled in from an address already given in the report's answers, if any. */
    static LinkAddressForm prefilled(Optional<EmailAddress> email, Optional<UkPhoneNumber> mobile) {
        if (email.isPresent()) {
            return new LinkAddressForm("email", email.get().value(), mobile.map(UkPhoneNumber::display).orElse(""));
        }
        return mobile.map(m -> new LinkAddressForm("text", "", m.display()))
                .orElse(new LinkAddressForm("", "", ""));
    }

    /** What was chosen and typed, checked: the address, or what to put right. */
    record Read(LinkAddress address, FormErrors errors) {
    }

    Read read(Texts texts) {
        return switch (sendBy) {
            case "email" -> {
                if (email.isEmpty()) {
                    yield error(EMAIL, texts.t("later.email.required"));
                }
                var parsed = email.length() > LONGEST ? Optional.<EmailAddress>empty() : EmailAddress.parse(email);
                yield parsed.map(e -> new Read(LinkAddress.email(e), FormErrors.NONE))
                        .orElseGet(() -> error(EMAIL, texts.t("later.email.format")));
            }
            case "text" -> {
                if (mobile.isEmpty()) {
                    yield error(MOBILE, texts.t("later.mobile.required"));
                }
                var parsed = mobile.length() > 30 ? Optional.<UkPhoneNumber>empty() : UkPhoneNumber.parse(mobile);
                if (parsed.isEmpty()) {
                    yield error(MOBILE, texts.t("later.mobile.format"));
                }
                yield parsed.get().mobile() ? new Read(LinkAddress.mobile(parsed.get()), FormErrors.NONE)
                        : error(MOBILE, texts.t("later.mobile.landline"));
            }
            default -> error(SEND_BY, texts.t("later.send-by.required"));
        };
    }

    private static Read error(String field, String text) {
        return new Read(null, FormErrors.of(new ErrorMessage(field, text)));
    }
}
