package org.bluelamp.staff;

import jakarta.servlet.DispatcherType;
import org.bluelamp.platform.web.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Public pages are open to all; everything under /staff needs a signed-in member of staff. Every form carries a
 * CSRF token, kept in a cookie so the public need no session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        var csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName("bluelamp_csrf");
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true));
        return http
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/staff/sign-in").permitAll()
                        .requestMatchers("/staff", "/staff/**").hasRole("STAFF")
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage("/staff/sign-in")
                        .defaultSuccessUrl("/staff/contacts", false)
                        .failureUrl("/staff/sign-in?error"))
                .logout(logout -> logout
                        .logoutUrl("/staff/sign-out")
                        .logoutSuccessUrl("/staff/sign-in?signed-out"))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .headers(SecurityHeaders.all())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
