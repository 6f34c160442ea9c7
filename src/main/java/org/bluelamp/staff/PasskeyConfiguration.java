package org.bluelamp.staff;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.WebAuthnConfigurer;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Passkeys for staff, kept in the database. The passkey must check who holds it (a PIN, a fingerprint, a face):
 * with that, a passkey alone counts as both factors. The origins allowed are the configured ones, or when none
 * are configured http://localhost on the port the server was given, for development and tests.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

    /** Read by Spring Security on every request, so the port can be added once the server has one. */
    private final Set<String> origins = new CopyOnWriteArraySet<>();
    private final StaffProperties.Passkeys settings;

    PasskeyConfiguration(StaffProperties properties) {
        this.settings = properties.passkeys();
        origins.addAll(settings.origins());
    }

    @Bean
    JdbcPublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    JdbcUserCredentialRepository passkeyCredentials(JdbcOperations jdbc) {
        return new JdbcUserCredentialRepository(jdbc);
    }

    @Bean
    Webauthn4JRelyingPartyOperations passkeyOperations(JdbcPublicKeyCredentialUserEntityRepository users,
                                                       JdbcUserCredentialRepository credentials,
                                                       org.bluelamp.platform.ForceProperties force) {
        var rp = PublicKeyCredentialRpEntity.builder().id(settings.rpId()).name(force.name()).build();
        var operations = new Webauthn4JRelyingPartyOperations(users, credentials, rp, origins);
        operations.setCustomizeCreationOptions(options -> options.authenticatorSelection(
                AuthenticatorSelectionCriteria.builder()
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .build()));
        operations.setCustomizeRequestOptions(options ->
                options.userVerification(UserVerificationRequirement.REQUIRED));
        return operations;
    }

    /**
     * Spring Security's passkey endpoints, without its own pages (ours are {@code /staff/sign-in} and
     * {@code /staff/passkeys}). The session gets a new id on signing in with a passkey, as it does after a password.
     */
    static Customizer<WebAuthnConfigurer<HttpSecurity>> signIn() {
        return webAuthn -> webAuthn
                .disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
                        return filter;
                    }
                });
    }

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if (settings.origins().isEmpty()) {
            origins.add("http://localhost:" + event.getWebServer().getPort());
        }
    }
}
