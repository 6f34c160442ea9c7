package org.bluelamp.staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Staff accounts, as Spring Security reads them at sign-in. */
@Repository
class StaffAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM staff_account WHERE username = :username")
                .param("username", username).query(Integer.class).single() > 0;
    }

    void add(String username, String displayName, String passwordHash, List<String> roles, Instant now) {
        jdbc.sql("""
                        INSERT INTO staff_account (username, display_name, password_hash, roles, created_at)
                        VALUES (:username, :name, :hash, CAST(:roles AS text[]), :now)""")
                .param("username", username).param("name", displayName).param("hash", passwordHash)
                .param("roles", "{" + String.join(",", roles) + "}").param("now", Timestamp.from(now)).update();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.UK);
        return jdbc.sql("SELECT username, password_hash, roles, enabled FROM staff_account WHERE username = :username")
                .param("username", normalised)
                .query((rs, row) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .authorities(AuthorityUtils.createAuthorityList(roles(rs.getArray("roles"))))
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
    }

    private static List<String> roles(Array array) throws java.sql.SQLException {
        return Arrays.stream((String[]) array.getArray()).map(role -> "ROLE_" + role).toList();
    }
}
