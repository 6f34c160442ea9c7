package org.bluelamp.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Email through an SMTP server. Each email's Message-ID is made from the message id, so one sent again after a
 * timeout is recognisably the same email. SMTP cannot be asked what it has, so after a timeout it is sent again.
 */
final class SmtpMail implements MessageProvider {

    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([245])\\d\\d");

    private final JavaMailSender sender;
    private final String from;

    SmtpMail(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    static String messageId(OutgoingMessage message) {
        return "<" + message.id() + "@bluelamp>";
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        if (message.channel() != MessageChannel.EMAIL) {
            return new SendResult.Rejected(null, "SMTP cannot send texts");
        }
        try {
            var mime = new FixedIdMessage(sender.createMimeMessage().getSession(), messageId(message));
            var helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.recipient());
            helper.setSubject(message.subject() == null ? "" : message.subject());
            helper.setText(message.body());
            sender.send(mime);
            return new SendResult.Sent(messageId(message), false, null, null);
        } catch (MessagingException badMessage) {
            return new SendResult.Rejected(null, "could not make the email: " + badMessage.getClass().getSimpleName());
        } catch (MailAuthenticationException wrongCredentials) {
            return new SendResult.Rejected(null, "the SMTP server refused our credentials");
        } catch (MailException failed) {
            return outcomeOf(failed);
        }
    }

    @Override
    public Optional<String> alreadySent(OutgoingMessage message) {
        return Optional.empty();
    }

    @Override
    public String name() {
        return "smtp";
    }

    private static SendResult outcomeOf(MailException failed) {
        Throwable cause = failed;
        if (failed instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
            cause = send.getFailedMessages().values().iterator().next();
        }
        for (var link = cause; link != null; link = link.getCause()) {
            if (link instanceof ConnectException || link instanceof UnknownHostException) {
                return new SendResult.RetryLater(null, null, "could not reach the SMTP server");
            }
            if (link instanceof SocketTimeoutException) {
                return new SendResult.Unknown(null, "the SMTP server did not answer in time");
            }
            if (link instanceof SendFailedException refused) {
                // The server's reply may quote the address, so only its code is kept.
                var code = REPLY_CODE.matcher(String.valueOf(refused.getMessage()));
                if (code.find() && code.group(1).equals("4")) {
                    return new SendResult.RetryLater(null, null, "the SMTP server deferred it (4xx)");
                }
                return new SendResult.Rejected(null, "the SMTP server refused it" + (code.find(0)
                        ? " (" + code.group(1) + "xx)" : ""));
            }
        }
        if (failed.getMessage() != null && failed.getMessage().startsWith("Mail server connection failed")) {
            return new SendResult.RetryLater(null, null, "could not connect to the SMTP server");
        }
        return new SendResult.Unknown(null, failed.getClass().getSimpleName());
    }

    /** Keeps the Message-ID we chose: JavaMail otherwise makes a new one each time the message is saved. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
