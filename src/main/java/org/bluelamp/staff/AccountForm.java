package org.bluelamp.staff;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.contactpoint.EmailAddress;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A new account as an admin typed it, and what is wrong with it, in words for the page. */
public record AccountForm(String name, String username, String email, String team, Set<StaffRole> roles) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");

    static AccountForm of(String name, String username, String email, String team, List<String> roles) {
        var chosen = roles == null ? EnumSet.noneOf(StaffRole.class)
                : StaffRole.parse(roles.toArray(String[]::new));
        return new AccountForm(strip(name), strip(username).toLowerCase(Locale.UK), strip(email), strip(team),
                chosen);
    }

    static AccountForm empty() {
        return new AccountForm("", "", "", "", EnumSet.noneOf(StaffRole.class));
    }

    FormErrors errors(Texts texts, boolean usernameTaken) {
        var errors = new ArrayList<ErrorMessage>();
        if (name.isEmpty() || name.length() > 100) {
            errors.add(new ErrorMessage("name", texts.t("staff.accounts.name.required")));
        }
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new ErrorMessage("username", texts.t("staff.accounts.username.invalid")));
        } else if (usernameTaken) {
            errors.add(new ErrorMessage("username", texts.t("staff.accounts.username.taken")));
        }
        if (!validEmail(email)) {
            errors.add(new ErrorMessage("email", texts.t("staff.accounts.email.invalid")));
        }
        if (team.length() > 100) {
            errors.add(new ErrorMessage("team", texts.t("staff.accounts.team.too-long")));
        }
        if (roles.isEmpty()) {
            errors.add(new ErrorMessage("roles", texts.t("staff.accounts.roles.required")));
        }
        return new FormErrors(errors);
    }

    /** The same shape every form accepts (EmailAddress), and no longer than an address can be. */
    static boolean validEmail(String email) {
        return EmailAddress.parse(email).isPresent() && email.length() <= 254;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
