package org.bluelamp.staff;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.form.Entered;
import org.bluelamp.platform.form.FormInput;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A new account as an admin asked for it: read from the form by {@link #read}, which leaves a message in the
 * {@link FormInput} for each field that is wrong, in the order of the page.
 */
public record AccountForm(String name, String username, String email, String team, Set<StaffRole> roles) {

    static final int NAME_LENGTH = 100;
    static final int TEAM_LENGTH = 100;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");
    static final List<String> ROLES = Arrays.stream(StaffRole.values()).map(Enum::name).toList();

    /** @param taken whether an account has the username already */
    static AccountForm read(FormInput form, Predicate<String> taken) {
        String name = form.line("name", NAME_LENGTH, "staff.accounts.name.required", "staff.accounts.name.required");
        form.spell("username", typed -> typed.toLowerCase(Locale.UK));
        String username = form.value("username", AccountForm::username, "staff.accounts.username.invalid");
        if (username != null && taken.test(username)) {
            form.fail("username", "staff.accounts.username.taken");
        }
        String email = form.value("email", AccountForm::email, "staff.accounts.email.invalid");
        String team = form.optionalLine("team", TEAM_LENGTH, "staff.accounts.team.too-long");
        Set<StaffRole> roles = roles(form.someOf("roles", ROLES, "staff.accounts.roles.required"));
        return new AccountForm(name, username, email, team, roles);
    }

    /** An empty form, to begin with. */
    static Entered empty() {
        return Entered.NONE;
    }

    /** The same shape every form accepts (EmailAddress), and no longer than an address can be. */
    static Optional<String> email(String typed) {
        return EmailAddress.parse(typed).filter(address -> typed.length() <= 254).map(address -> typed);
    }

    static Set<StaffRole> roles(List<String> names) {
        return names.isEmpty() ? EnumSet.noneOf(StaffRole.class) : StaffRole.parse(names.toArray(String[]::new));
    }

    private static Optional<String> username(String typed) {
        return Optional.of(typed).filter(USERNAME.asMatchPredicate());
    }
}
