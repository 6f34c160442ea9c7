package org.bluelamp.notify;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A provider without the settings it needs stops the start with one plain sentence saying which. */
class ProviderSettingsTest {

    private static final String KEY = "bluelamp-" + UUID.randomUUID() + "-" + UUID.randomUUID();

    @Test
    void notifyWithoutAKeyOrTemplatesSaysWhichSettingIsMissing() {
        assertThatThrownBy(() -> providers(notify(null, "email-template", "sms-template"), new MockEnvironment()))
                .isInstanceOf(NotifyConfigurationException.class).hasMessageContaining("API key");
        assertThatThrownBy(() -> providers(notify(KEY, null, "sms-template"), new MockEnvironment()))
                .isInstanceOf(NotifyConfigurationException.class).hasMessageContaining("email template");
        assertThatThrownBy(() -> providers(notify(KEY, "email-template", " "), new MockEnvironment()))
                .isInstanceOf(NotifyConfigurationException.class).hasMessageContaining("text message template");
    }

    @Test
    void smtpWithoutAServerOrSenderSaysWhichSettingIsMissing() {
        var noServer = smtp("no-reply@police.example", null);
        assertThatThrownBy(() -> providers(noServer, new MockEnvironment()))
                .isInstanceOf(NotifyConfigurationException.class).hasMessageContaining("server")
                .satisfies(failed -> assertThat(((NotifyConfigurationException) failed).action())
                        .contains("spring.mail.host"));
        assertThatThrownBy(() -> providers(smtp(null, null), new MockEnvironment().withProperty("spring.mail.host",
                "localhost"))).isInstanceOf(NotifyConfigurationException.class)
                .hasMessageContaining("address to send from");
    }

    @Test
    void smtpForEmailCanSendTextsThroughNotify() {
        var properties = new NotifyProperties(NotifyProperties.ProviderName.SMTP,
                NotifyProperties.ProviderName.GOVUK_NOTIFY, null, null, null,
                new NotifyProperties.Govuk(KEY, null, null, "sms-template", null),
                new NotifyProperties.Smtp("no-reply@police.example"), null, null);

        var providers = providers(properties, new MockEnvironment().withProperty("spring.mail.host", "localhost"));

        assertThat(providers.of(MessageChannel.EMAIL)).get().isInstanceOf(SmtpMail.class);
        assertThat(providers.of(MessageChannel.SMS)).get().isInstanceOf(GovukNotify.class);
    }

    @Test
    void theStartLineNamesTheProvidersAndNeverAKey() {
        var line = ProviderConfiguration.startLine(new SmtpMail(null, "x"), null);
        assertThat(line).contains("smtp", "texts cannot be sent");
        var outbox = new DevelopmentOutbox(java.nio.file.Path.of("data", "dev-mailbox"), java.time.Clock.systemUTC());
        assertThat(ProviderConfiguration.startLine(outbox, outbox))
                .contains("not sent anywhere", "as a file to", "data/dev-mailbox").doesNotContain("/staff/outbox");
    }

    @Test
    void theFailureAnalysisIsTheSentenceAndTheSetting() {
        var analysis = new NotifyConfigurationFailureAnalyzer().analyze(new IllegalStateException("wrapped",
                new NotifyConfigurationException("GOV.UK Notify needs its API key.", "Set bluelamp.notify.govuk.api-key")));
        assertThat(analysis.getDescription()).isEqualTo("GOV.UK Notify needs its API key.");
        assertThat(analysis.getAction()).isEqualTo("Set bluelamp.notify.govuk.api-key");
    }

    private static MessageProviders providers(NotifyProperties properties, MockEnvironment environment) {
        return new ProviderConfiguration().messageProviders(properties, environment, java.time.Clock.systemUTC());
    }

    private static NotifyProperties notify(String key, String emailTemplate, String smsTemplate) {
        return new NotifyProperties(NotifyProperties.ProviderName.GOVUK_NOTIFY, null, null, null, null,
                new NotifyProperties.Govuk(key, null, emailTemplate, smsTemplate, null), null, null, null);
    }

    private static NotifyProperties smtp(String from, String host) {
        return new NotifyProperties(NotifyProperties.ProviderName.SMTP, null, null, null, null, null,
                new NotifyProperties.Smtp(from), null, null);
    }
}
