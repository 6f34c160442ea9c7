package org.bluelamp.staff;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An account's email address and roles as an admin asks for them to be, and what is wrong with that, in words. */
public record AccountChangeForm(String email, Set<StaffRole> roles) {

    static AccountChangeForm of(String email, List<String> roles) {
        return new AccountChangeForm(email == null ? "" : email.strip(), roles == null
                ? EnumSet.noneOf(StaffRole.class) : StaffRole.parse(roles.toArray(String[]::new)));
    }

    static AccountChangeForm of(AccountSummary account) {
        return new AccountChangeForm(account.email() == null ? "" : account.email(), account.roles());
    }

    boolean emailChanged(AccountSummary account) {
        return !email.equalsIgnoreCase(Objects.requireNonNullElse(account.email(), ""));
    }

    boolean rolesChanged(AccountSummary account) {
        return !roles.equals(account.roles());
    }

    FormErrors errors(Texts texts, AccountSummary account) {
        var errors = new ArrayList<ErrorMessage>();
        if (!AccountForm.validEmail(email)) {
            errors.add(new ErrorMessage("email", texts.t("staff.accounts.email.invalid")));
        }
        if (roles.isEmpty()) {
            errors.add(new ErrorMessage("roles", texts.t("staff.accounts.roles.required")));
        }
        if (errors.isEmpty() && !emailChanged(account) && !rolesChanged(account)) {
            errors.add(new ErrorMessage("email", texts.t("staff.account-change.nothing")));
        }
        return new FormErrors(errors);
    }
}
