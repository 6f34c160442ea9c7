package org.bluelamp.notify;

import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * GOV.UK Notify, through two generic templates whose content is ours: ((subject)) and ((body)) for email, ((body))
 * for a text. The message id goes as Notify's reference, so after a timeout we can ask Notify whether it has it.
 */
final class GovukNotify implements MessageProvider {

    // Notify's error body names an error class ("BadRequestError"); its message may quote the recipient, so only the
    // class is kept.
    private static final Pattern ERROR_CLASS = Pattern.compile("\"error\"\\s*:\\s*\"([A-Za-z]+)\"");

    private final NotificationClient client;
    private final String emailTemplateId;
    private final String smsTemplateId;
    private final Duration timeout;

    GovukNotify(NotificationClient client, String emailTemplateId, String smsTemplateId, Duration timeout) {
        this.client = client;
        this.emailTemplateId = emailTemplateId;
        this.smsTemplateId = smsTemplateId;
        this.timeout = timeout;
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        var reference = message.id().toString();
        try {
            var id = BoundedCall.within(timeout, "notify-send", () -> switch (message.channel()) {
                case EMAIL -> client.sendEmail(emailTemplateId, message.recipient(),
                        Map.of("subject", message.subject() == null ? "" : message.subject(), "body", message.body()),
                        reference).getNotificationId();
                case SMS -> client.sendSms(smsTemplateId, message.recipient(), Map.of("body", message.body()),
                        reference).getNotificationId();
            });
            return new SendResult.Sent(id.toString(), false, 201, null);
        } catch (TimeoutException noAnswer) {
            return new SendResult.Unknown(null, "no answer within " + timeout);
        } catch (NotificationClientException refused) {
            return outcomeOf(refused);
        } catch (Exception unexpected) {
            // Whatever went wrong may have happened after Notify took it.
            return new SendResult.Unknown(null, unexpected.getClass().getSimpleName());
        }
    }

    @Override
    public Optional<String> alreadySent(OutgoingMessage message) throws ProviderUnavailable {
        try {
            var list = BoundedCall.within(timeout, "notify-lookup",
                    () -> client.getNotifications(null, null, message.id().toString(), null));
            return list.getNotifications().stream().findFirst().map(found -> found.getId().toString());
        } catch (TimeoutException noAnswer) {
            throw new ProviderUnavailable(null, "no answer within " + timeout);
        } catch (NotificationClientException refused) {
            throw new ProviderUnavailable(refused.getHttpResult() == 0 ? null : refused.getHttpResult(),
                    describe(refused));
        } catch (Exception unexpected) {
            throw new ProviderUnavailable(null, unexpected.getClass().getSimpleName());
        }
    }

    @Override
    public String name() {
        return "govuk-notify";
    }

    static SendResult outcomeOf(NotificationClientException refused) {
        int status = refused.getHttpResult();
        var detail = describe(refused);
        if (status == 0) {
            // No HTTP answer: not reaching Notify at all is safe to retry; losing the connection later is not known.
            return refused.getCause() instanceof ConnectException || refused.getCause() instanceof UnknownHostException
                    || refused.getCause() instanceof NoRouteToHostException
                    ? new SendResult.RetryLater(null, null, detail)
                    : new SendResult.Unknown(null, detail);
        }
        if (status == 429 || status >= 500) {
            // The Java client does not show response headers, so a Retry-After cannot be read: the back-off applies.
            return new SendResult.RetryLater(null, status, detail);
        }
        if (status >= 400) {
            return new SendResult.Rejected(status, detail);
        }
        return new SendResult.Unknown(status, detail);
    }

    private static String describe(NotificationClientException refused) {
        if (refused.getHttpResult() == 0) {
            return refused.getCause() instanceof IOException io ? io.getClass().getSimpleName() : "no answer";
        }
        var errorClass = ERROR_CLASS.matcher(String.valueOf(refused.getMessage()));
        return "Notify answered " + refused.getHttpResult() + (errorClass.find() ? " " + errorClass.group(1) : "");
    }
}
