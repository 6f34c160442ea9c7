package org.bluelamp.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How messages are delivered (docs/messages.md, "Delivery").
 *
 * @param provider    where messages go: the development outbox (nowhere), GOV.UK Notify or SMTP
 * @param smsProvider where texts go when that is not the same place (SMTP cannot send texts); null for the same
 * @param timeout     the longest one call to a provider may take before its outcome counts as unknown
 * @param devMailbox  the folder the development outbox writes each message to, as a file a person can read
 * @param disposal    when messages that belong to no contact are deleted
 */
@ConfigurationProperties("bluelamp.notify")
record NotifyProperties(ProviderName provider, ProviderName smsProvider, Duration timeout, Worker worker, Retry retry,
                        Govuk govuk, Smtp smtp, Path devMailbox, Disposal disposal) {

    NotifyProperties {
        provider = provider == null ? ProviderName.OUTBOX : provider;
        timeout = positive(timeout, Duration.ofSeconds(10), "timeout");
        worker = worker == null ? new Worker(null, null, null, null) : worker;
        retry = retry == null ? new Retry(null, null, null) : retry;
        govuk = govuk == null ? new Govuk(null, null, null, null, null) : govuk;
        smtp = smtp == null ? new Smtp(null) : smtp;
        devMailbox = devMailbox == null ? Path.of("data", "dev-mailbox") : devMailbox;
        disposal = disposal == null ? new Disposal(null) : disposal;
    }

    /** The provider for texts. */
    ProviderName textProvider() {
        return smsProvider == null ? provider : smsProvider;
    }

    enum ProviderName {
        OUTBOX, GOVUK_NOTIFY, SMTP
    }

    /**
     * @param enabled   whether this instance runs the worker on its schedule (tests drive it themselves)
     * @param interval  the pause between runs
     * @param batchSize how many messages one run claims at most
     * @param lease     how long a claimed message is held before another run may take it again: longer than the
     *                  provider timeout, so only a crashed worker's messages are taken back
     */
    record Worker(Boolean enabled, Duration interval, Integer batchSize, Duration lease) {
        Worker {
            enabled = enabled == null || enabled;
            interval = positive(interval, Duration.ofSeconds(5), "worker.interval");
            batchSize = batchSize == null ? 20 : batchSize;
            lease = positive(lease, Duration.ofMinutes(2), "worker.lease");
        }
    }

    /**
     * @param first     the wait after the first failed attempt; it doubles after each
     * @param max       the longest wait between attempts
     * @param giveUpAfter how long after a message is due it is given up as failed
     */
    record Retry(Duration first, Duration max, Duration giveUpAfter) {
        Retry {
            first = positive(first, Duration.ofSeconds(30), "retry.first");
            max = positive(max, Duration.ofMinutes(30), "retry.max");
            giveUpAfter = positive(giveUpAfter, Duration.ofHours(72), "retry.give-up-after");
        }
    }

    /**
     * @param apiKey          GOV.UK Notify's API key (never logged)
     * @param baseUrl         Notify's API
     * @param emailTemplateId the generic email template, whose content is ((subject)) and ((body))
     * @param smsTemplateId   the generic text template, whose content is ((body))
     * @param callbackToken   the bearer token Notify sends with delivery receipts; without one, receipts are refused
     */
    record Govuk(String apiKey, String baseUrl, String emailTemplateId, String smsTemplateId, String callbackToken) {
        Govuk {
            baseUrl = blank(baseUrl) ? "https://api.notifications.service.gov.uk" : baseUrl;
        }
    }

    /**
     * @param after how long after it settled (sent, delivered or failed) a message is deleted when it belongs to no
     *              contact (a saved report's link and code, a subject access request's messages) or carried a code or
     *              link; a contact's other messages go with the contact
     */
    record Disposal(Duration after) {
        Disposal {
            after = positive(after, Duration.ofDays(30), "disposal.after");
        }
    }

    /** @param from the address emails are sent from */
    record Smtp(String from) {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Duration positive(Duration value, Duration otherwise, String name) {
        if (value == null) {
            return otherwise;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("bluelamp.notify." + name + " must be positive, e.g. " + otherwise);
        }
        return value;
    }
}
