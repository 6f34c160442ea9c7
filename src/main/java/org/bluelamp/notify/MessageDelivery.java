package org.bluelamp.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * The worker: claims due messages in one short transaction, hands each to its provider with no transaction open,
 * and records the outcome in another. A message is never sent twice: its id is the provider's idempotency key, and
 * after an outcome that may have reached the provider the worker asks the provider before sending again.
 */
@Component
class MessageDelivery {

    private static final Logger log = LoggerFactory.getLogger(MessageDelivery.class);

    private final Messages messages;
    private final MessageSecrets secrets;
    private final MessageProviders providers;
    private final NotifyProperties properties;
    private final RetrySchedule retries;
    private final Clock clock;

    MessageDelivery(Messages messages, MessageSecrets secrets, MessageProviders providers, NotifyProperties properties,
                    Clock clock) {
        this.messages = messages;
        this.secrets = secrets;
        this.providers = providers;
        this.properties = properties;
        this.retries = RetrySchedule.of(properties.retry(), RandomGenerator.getDefault());
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${bluelamp.notify.worker.interval:5s}", initialDelayString = "10s")
    void onSchedule() {
        if (!properties.worker().enabled()) {
            return;
        }
        try {
            deliverDue();
        } catch (DataAccessException databaseAway) {
            // The next run tries again; leased messages come back when their lease runs out.
            log.warn("Message delivery skipped a run: {}", databaseAway.getClass().getSimpleName());
        }
    }

    /** Delivers what is due now; returns how many messages were attempted. */
    int deliverDue() {
        var now = clock.instant();
        int expired = messages.failExpiredSecrets(now);
        if (expired > 0) {
            log.info("{} messages not sent: their code or link expired first", expired);
        }
        var claimed = messages.claim(now, properties.worker().batchSize(), now.plus(properties.worker().lease()));
        for (var message : claimed) {
            deliver(message);
        }
        return claimed.size();
    }

    private void deliver(ClaimedMessage stored) {
        var claimed = stored;
        if (stored.hasSecrets()) {
            // The real words exist only here, in memory, for as long as the provider call takes.
            var opened = secrets.open(stored.secrets(), stored.dedupeKey());
            if (opened.isEmpty()) {
                messages.failed(stored, "rejected", null, "its code or link could not be unsealed (was the secrets "
                        + "key changed?); not sent", clock.instant());
                log.warn("Message {} failed: its secrets do not open with this key", stored.message().id());
                return;
            }
            claimed = stored.withWords(SecretWords.fill(stored.message().subject(), opened.get()),
                    SecretWords.fill(stored.message().body(), opened.get()));
        }
        var provider = providers.of(claimed.message().channel());
        if (provider.isEmpty()) {
            messages.failed(claimed, "rejected", null, "no provider can send " + Messages.code(claimed.message()
                    .channel()) + ": set bluelamp.notify.sms-provider", clock.instant());
            log.warn("Message {} failed: no provider sends {}", claimed.message().id(), claimed.message().channel());
            return;
        }
        var to = provider.get();
        if (claimed.checkFirst()) {
            try {
                var found = to.alreadySent(claimed.message());
                if (found.isPresent()) {
                    messages.sent(claimed, new SendResult.Sent(found.get(), false, null,
                            to.name() + " already had it"), "found", clock.instant());
                    return;
                }
            } catch (MessageProvider.ProviderUnavailable unavailable) {
                settle(claimed, new SendResult.Unknown(unavailable.httpStatus(),
                        "could not ask " + to.name() + " whether it has it: " + unavailable.getMessage()));
                return;
            }
        }
        settle(claimed, to.send(claimed.message()));
    }

    private void settle(ClaimedMessage claimed, SendResult result) {
        var now = clock.instant();
        var id = claimed.message().id();
        switch (result) {
            case SendResult.Sent sent -> messages.sent(claimed, sent, "sent", now);
            case SendResult.Rejected rejected -> {
                messages.failed(claimed, "rejected", rejected.httpStatus(), rejected.detail(), now);
                log.warn("Message {} was refused for good ({}): {}", id, rejected.httpStatus(), rejected.detail());
            }
            case SendResult.RetryLater later -> again(claimed, "retry", false, later.retryAfter(), result, now);
            case SendResult.Unknown unknown -> again(claimed, "unknown", true, null, result, now);
        }
    }

    private void again(ClaimedMessage claimed, String outcome, boolean checkFirst, Duration retryAfter,
                       SendResult result, Instant now) {
        if (retries.givenUp(claimed.dueSince(), now)) {
            messages.failed(claimed, outcome, result.httpStatus(),
                    "gave up after " + retries.giveUpAfter() + ": " + result.detail(), now);
            log.warn("Message {} failed: not sent within {}", claimed.message().id(), retries.giveUpAfter());
            return;
        }
        var next = now.plus(retries.waitAfter(claimed.attempt(), retryAfter));
        messages.retry(claimed, outcome, checkFirst, next, result.httpStatus(), result.detail(), now);
        log.info("Message {} attempt {}: {} ({}), next at {}", claimed.message().id(), claimed.attempt(), outcome,
                result.httpStatus(), next);
    }
}
