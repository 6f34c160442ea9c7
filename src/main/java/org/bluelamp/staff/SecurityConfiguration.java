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
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
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
    // passkeys
    private static final AllRequiredFactorsAuthorizationManager<Object> PASSKEY =
            AllRequiredFactorsAuthorizationManager.<Object>builder().requireFactor(factor -> factor.webauthnAuthority())
                    .build();

    @Bean
    SecurityFilterChain security(HttpSecurity http, SignInLocks locks) throws Exception {
        var bothFactors = AllRequiredFactorsAuthorizationManager.<Object>builder()
                .requireFactor(factor -> factor.passwordAuthority())
                .requireFactor(factor -> factor.authority(SecondFactor.AUTHORITY))
                .build();
        // Not a bean: a bean would apply to every rule, the code page's own included.
        var signedIn = new DefaultAuthorizationManagerFactory<Object>();
        // passkeys: a passkey that checked who holds it counts as both factors. Password and code come first, so
        // someone with only the password is still sent to the code page.
        signedIn.setAdditionalAuthorization(AllRequiredFactorsAuthorizationManager.anyOf(bothFactors, PASSKEY));
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
                        .requestMatchers("/staff/set-up/password/*").permitAll()
                        .requestMatchers("/staff/accounts", "/staff/accounts/**")
                        .access(anyOf(signedIn, Permission.MANAGE_ACCOUNTS))
                        // integration: the API's clients, their webhooks and deliveries (no personal data)
                        .requestMatchers("/staff/api-clients", "/staff/api-clients/**")
                        .access(anyOf(signedIn, Permission.MANAGE_ACCOUNTS))
                        // notify: every message to the public, masked; its words only as notify.outbox decides
                        .requestMatchers("/staff/outbox", "/staff/outbox/**")
                        .access(anyOf(signedIn, Permission.SEE_OPEN_QUEUES, Permission.MANAGE_ACCOUNTS,
                                Permission.DATA_REQUESTS))
                        // relay: BSL video messages waiting for interpreters (before the rule for the rest of the relay)
                        .requestMatchers("/staff/relay/messages", "/staff/relay/messages/**")
                        .access(anyOf(signedIn, Permission.RELAY_CALLS))
                        // relay: interpreters and handlers take calls; supervisors and assessors watch and play back
                        .requestMatchers("/staff/relay", "/staff/relay/**")
                        .access(anyOf(signedIn, Permission.RELAY_CALLS, Permission.SEE_OPEN_QUEUES))
                        // chat: handlers answer web chats; supervisors watch the console without acting
                        .requestMatchers("/staff/chat", "/staff/chat/**")
                        .access(anyOf(signedIn, Permission.WEB_CHATS, Permission.WATCH_WEB_CHATS))
                        .requestMatchers("/staff/calls", "/staff/calls/**")
                        .access(anyOf(signedIn, Permission.SEE_OPEN_QUEUES))
                        // appointments: handlers book PLOD visits from a contact; PLOD officers work their own
                        .requestMatchers("/staff/contacts/*/visits", "/staff/contacts/*/visits/**")
                        .access(anyOf(signedIn, Permission.SEE_OPEN_QUEUES))
                        .requestMatchers("/staff/visits", "/staff/visits/**")
                        .access(anyOf(signedIn, Permission.PLOD_VISITS))
                        // privacy: subject access requests and retention reviews; who looked at a record
                        .requestMatchers("/staff/data-requests", "/staff/data-requests/**", "/staff/retention",
                                "/staff/retention/**")
                        .access(anyOf(signedIn, Permission.DATA_REQUESTS))
                        .requestMatchers("/staff/access-log", "/staff/access-log/**")
                        .access(anyOf(signedIn, Permission.SEE_ACCESS_LOG))
                        // insight: management figures, a supervisor's team's or the force's
                        .requestMatchers("/staff/insight", "/staff/insight/**")
                        .access(anyOf(signedIn, Permission.TEAM_INSIGHT, Permission.FORCE_INSIGHT))
                        .requestMatchers("/staff/contacts", "/staff/contacts/**")
                        .access(anyOf(signedIn, Permission.SEE_OPEN_QUEUES, Permission.SEE_TEAM_CONTACTS,
                                Permission.SEE_OWN_CONTACTS))
                        .requestMatchers("/staff", "/staff/**").access(signedIn.hasAuthority(StaffAccounts.STAFF))
                        // passkeys: adding one needs both factors, or a password alone could add a way round the code
                        .requestMatchers("/webauthn/register", "/webauthn/register/**")
                        .access(signedIn.hasAuthority(StaffAccounts.STAFF))
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage(SIGN_IN)
                        .defaultSuccessUrl("/staff", false)
                        .failureUrl(SIGN_IN + "?error"))
                .exceptionHandling(exceptions -> exceptions.defaultDeniedHandlerForMissingAuthority(
                        new LoginUrlAuthenticationEntryPoint(CODE_PAGE), SecondFactor.AUTHORITY))
                // passkeys
                .webAuthn(PasskeyConfiguration.signIn())
                .exceptionHandling(exceptions -> exceptions.defaultDeniedHandlerForMissingAuthority(
                        new LoginUrlAuthenticationEntryPoint(SIGN_IN), FactorGrantedAuthority.WEBAUTHN_AUTHORITY))
                .logout(logout -> logout
                        .logoutUrl("/staff/sign-out")
                        .logoutSuccessUrl(SIGN_IN + "?signed-out"))
                .addFilterBefore(new SignInThrottle(locks), UsernamePasswordAuthenticationFilter.class)
                // notify: GOV.UK Notify's delivery receipts carry a bearer token of their own, not a form's token
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers("/notify/callback"))
                .headers(SecurityHeaders.all())
                .build();
    }

    private static AuthorizationManager<Object> anyOf(DefaultAuthorizationManagerFactory<Object> signedIn,
                                                      Permission... permissions) {
        return signedIn.hasAnyAuthority(Arrays.stream(permissions).map(Enum::name).toArray(String[]::new));
    }

    /** Bcrypt; anything else stored (an account whose owner has not chosen a password yet) matches nothing. */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new MatchesNothing());
        return encoder;
    }

    private static final class MatchesNothing implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            throw new UnsupportedOperationException("Only for refusing unusable passwords");
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return false;
        }
    }
}
