package org.bluelamp.staff;

import org.bluelamp.platform.form.Entered;
import org.bluelamp.platform.form.FormInput;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An account's email address and roles as an admin asks for them to be: read by {@link #read}, which leaves a
 * message in the {@link FormInput} for what is wrong, or when nothing would change.
 */
public record AccountChangeForm(String email, Set<StaffRole> roles) {

    static AccountChangeForm read(FormInput form, AccountSummary account) {
        String email = form.value("email", AccountForm::email, "staff.accounts.email.invalid");
        var roles = AccountForm.roles(form.someOf("roles", AccountForm.ROLES, "staff.accounts.roles.required"));
        var asked = new AccountChangeForm(email, roles);
        if (form.valid() && !asked.emailChanged(account) && !asked.rolesChanged(account)) {
            form.fail("email", "staff.account-change.nothing");
        }
        return asked;
    }

    /** The form filled in with the account as it is. */
    static Entered of(AccountSummary account) {
        return new Entered(Map.of("email", new String[] {account.email() == null ? "" : account.email()},
                "roles", account.roles().stream().map(Enum::name).toArray(String[]::new)));
    }

    boolean emailChanged(AccountSummary account) {
        return !email.equalsIgnoreCase(Objects.requireNonNullElse(account.email(), ""));
    }

    boolean rolesChanged(AccountSummary account) {
        return !roles.equals(account.roles());
    }
}
