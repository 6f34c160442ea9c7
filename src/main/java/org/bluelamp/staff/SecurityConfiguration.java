package org.bluelamp.staff;

import jakarta.servlet.DispatcherType;
import org.bluelamp.platform.web.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

import java.util.Arrays;

/**
 * Public pages are open to all. Staff pages need both factors, a password and then a code from an authenticator
 * app (or a recovery code), before anything else is shown, and then the permission each area needs (see
 * {@link StaffRole}). Someone with only the password is sent to the code page; with both but without the
 * permission, they are refused. Every form carries a CSRF token, kept in a cookie so the public need no session.
 */
@Configuration(proxyBeanMethods = false)
@EnableMultiFactorAuthentication(authorities = {})
class SecurityConfiguration {

    static final String SIGN_IN = "/staff/sign-in";
    static final String CODE_PAGE = "/staff/sign-in/code";

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        var bothFactors = AllRequiredFactorsAuthorizationManager.<Object>builder()
                .requireFactor(factor -> factor.passwordAuthority())
                .requireFactor(factor -> factor.authority(SecondFactor.AUTHORITY))
                .build();
        // Not a bean: a bean would apply to every rule, the code page's own included.
        var signedIn = new DefaultAuthorizationManagerFactory<Object>();
        signedIn.setAdditionalAuthorization(bothFactors);
        var csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName("bluelamp_csrf");
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true));
        return http
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(SIGN_IN).permitAll()
                        .requestMatchers("/staff/timed-out").permitAll()
                        .requestMatchers(CODE_PAGE, "/staff/sign-in/recovery-code", "/staff/set-up/authenticator")
                        .hasAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                        .requestMatchers("/staff/contacts", "/staff/contacts/**")
                        .access(anyOf(signedIn, Permission.SEE_OPEN_QUEUES, Permission.SEE_TEAM_CONTACTS,
                                Permission.SEE_OWN_CONTACTS))
                        .requestMatchers("/staff", "/staff/**").access(signedIn.hasAuthority(StaffAccounts.STAFF))
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage(SIGN_IN)
                        .defaultSuccessUrl("/staff", false)
                        .failureUrl(SIGN_IN + "?error"))
                .exceptionHandling(exceptions -> exceptions.defaultDeniedHandlerForMissingAuthority(
                        new LoginUrlAuthenticationEntryPoint(CODE_PAGE), SecondFactor.AUTHORITY))
                .logout(logout -> logout
                        .logoutUrl("/staff/sign-out")
                        .logoutSuccessUrl(SIGN_IN + "?signed-out"))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .headers(SecurityHeaders.all())
                .build();
    }

    private static AuthorizationManager<Object> anyOf(DefaultAuthorizationManagerFactory<Object> signedIn,
                                                      Permission... permissions) {
        return signedIn.hasAnyAuthority(Arrays.stream(permissions).map(Enum::name).toArray(String[]::new));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
