package org.bluelamp.notify;

import org.bluelamp.notify.NotifyProperties.ProviderName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.gov.service.notify.NotificationClient;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Makes the providers named by bluelamp.notify.provider and sms-provider, checking their settings first. Chosen
 * here at start rather than by conditional beans, because with Spring AOT those would be fixed when the jar is
 * built; for the same reason the SMTP sender is made here from spring.mail.* instead of by Spring Boot.
 */
@Configuration(proxyBeanMethods = false)
class ProviderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ProviderConfiguration.class);

    @Bean
    MessageProviders messageProviders(NotifyProperties properties, Environment environment, Clock clock) {
        Map<ProviderName, MessageProvider> made = new EnumMap<>(ProviderName.class);
        var email = made.computeIfAbsent(properties.provider(), name -> make(name, properties, environment, clock));
        var textName = properties.textProvider();
        var text = textName == ProviderName.SMTP ? null
                : made.computeIfAbsent(textName, name -> make(name, properties, environment, clock));
        log.info(startLine(email, text));
        return new MessageProviders(email, text);
    }

    /** One line: where messages go, never a key. */
    static String startLine(MessageProvider email, MessageProvider text) {
        if (email instanceof DevelopmentOutbox outbox && text instanceof DevelopmentOutbox) {
            return "Messages are not sent anywhere: the development outbox writes each one as a file to "
                    + outbox.mailbox().toAbsolutePath().normalize();
        }
        return "Emails are sent through " + describe(email) + "; texts "
                + (text == null ? "cannot be sent (SMTP sends only email; set bluelamp.notify.sms-provider)"
                : "through " + describe(text));
    }

    private static String describe(MessageProvider provider) {
        return provider instanceof DevelopmentOutbox outbox
                ? "the development outbox (not sent anywhere: written as files to "
                + outbox.mailbox().toAbsolutePath().normalize() + ")" : provider.name();
    }

    private static MessageProvider make(ProviderName name, NotifyProperties properties, Environment environment,
                                        Clock clock) {
        return switch (name) {
            case OUTBOX -> new DevelopmentOutbox(properties.devMailbox(), clock);
            case GOVUK_NOTIFY -> govukNotify(properties);
            case SMTP -> smtp(properties, environment);
        };
    }

    private static GovukNotify govukNotify(NotifyProperties properties) {
        var govuk = properties.govuk();
        boolean sendsEmail = properties.provider() == ProviderName.GOVUK_NOTIFY;
        boolean sendsTexts = properties.textProvider() == ProviderName.GOVUK_NOTIFY;
        // Notify's keys end with two UUIDs, the service's and the secret: 73 characters at least.
        if (NotifyProperties.blank(govuk.apiKey()) || govuk.apiKey().strip().length() < 73) {
            throw missing("GOV.UK Notify needs its API key", "bluelamp.notify.govuk.api-key (BLUELAMP_NOTIFY_API_KEY)"
                    + ", the whole key as Notify shows it");
        }
        if (sendsEmail && NotifyProperties.blank(govuk.emailTemplateId())) {
            throw missing("GOV.UK Notify needs the email template's id", "bluelamp.notify.govuk.email-template-id");
        }
        if (sendsTexts && NotifyProperties.blank(govuk.smsTemplateId())) {
            throw missing("GOV.UK Notify needs the text message template's id", "bluelamp.notify.govuk.sms-template-id");
        }
        // With no SSL context: the three-argument constructor resets the whole JVM's default HTTPS socket factory.
        var client = new NotificationClient(govuk.apiKey().strip(), govuk.baseUrl(), null, null);
        return new GovukNotify(client, govuk.emailTemplateId(), govuk.smsTemplateId(), properties.timeout());
    }

    private static SmtpMail smtp(NotifyProperties properties, Environment environment) {
        var mail = Binder.get(environment).bind("spring.mail", MailProperties.class).orElseGet(MailProperties::new);
        if (NotifyProperties.blank(mail.getHost())) {
            throw missing("SMTP needs a server to send through", "spring.mail.host (and spring.mail.port, username, "
                    + "password as the server needs)");
        }
        if (NotifyProperties.blank(properties.smtp().from())) {
            throw missing("SMTP needs an address to send from", "bluelamp.notify.smtp.from");
        }
        var sender = new JavaMailSenderImpl();
        sender.setHost(mail.getHost());
        if (mail.getPort() != null) {
            sender.setPort(mail.getPort());
        }
        sender.setUsername(mail.getUsername());
        sender.setPassword(mail.getPassword());
        sender.setProtocol(mail.getProtocol());
        sender.setDefaultEncoding(mail.getDefaultEncoding().name());
        var javaMail = new Properties();
        // JavaMail waits for ever by default; a server that never answers would hold the worker.
        var timeout = String.valueOf(properties.timeout().toMillis());
        javaMail.setProperty("mail.smtp.connectiontimeout", timeout);
        javaMail.setProperty("mail.smtp.timeout", timeout);
        javaMail.setProperty("mail.smtp.writetimeout", timeout);
        javaMail.putAll(mail.getProperties());
        sender.setJavaMailProperties(javaMail);
        return new SmtpMail(sender, properties.smtp().from());
    }

    private static NotifyConfigurationException missing(String problem, String setting) {
        return new NotifyConfigurationException(problem + " (bluelamp.notify.provider or sms-provider names it).",
                "Set " + setting + ", or choose another provider with bluelamp.notify.provider "
                        + "(outbox, govuk-notify or smtp).");
    }
}
