package org.bluelamp.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.bluelamp.BluelampTest;
import org.bluelamp.CrimeJourneySteps;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole promise, through a real SMTP server: a report is acknowledged by email once, with its reference; a
 * handler's question arrives by email; the reporter follows its link, signs in with the code emailed to them and
 * answers; the handler sees the answer on the contact's timeline.
 */
@BluelampTest
class KeptInformedByEmailTest {

    static final GreenMail MAIL = startedMail();
    private static final String REPORTER = "kept.informed@example.com";

    private static GreenMail startedMail() {
        var mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @DynamicPropertySource
    static void smtpAtGreenMail(DynamicPropertyRegistry properties) {
        properties.add("bluelamp.notify.provider", () -> "smtp");
        properties.add("bluelamp.notify.sms-provider", () -> "outbox");
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        properties.add("bluelamp.notify.smtp.from", () -> "no-reply@police.example");
        properties.add("bluelamp.notify.worker.interval", () -> "1s");
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccountsForTests staffAccounts;

    private List<MimeMessage> mailTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (Exception unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }

    private MimeMessage awaitMail(String address, String subjectPart) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address).stream().anyMatch(m -> subject(m).contains(subjectPart)));
        return mailTo(address).stream().filter(m -> subject(m).contains(subjectPart)).findFirst().orElseThrow();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    @Test
    void aReporterIsAcknowledgedAskedAQuestionByEmailAndAnswersItOnline() {
        String reference = OnlineReports.crime(port, jdbc, "Kept informed: my bicycle was stolen from the station.",
                CrimeJourneySteps.contactedBy(REPORTER, "", "email", "any-time"));

        var acknowledgement = awaitMail(REPORTER, reference);
        assertThat(GreenMailUtil.getBody(acknowledgement)).contains(reference, "within 24 hours", "Report a crime")
                .as("what they told us stays out of an email others may read")
                .doesNotContain("Kept informed: my bicycle was stolen from the station.");

        var handler = new WebSession(port);
        staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
        handler.get("/staff/contacts/" + reference + "/actions/request-information");
        handler.post("/staff/contacts/" + reference + "/actions/request-information",
                "question", "Which platform was the bicycle locked at?");

        var question = awaitMail(REPORTER, "We have a question about " + reference);
        String body = GreenMailUtil.getBody(question).replace("=\r\n", "").replace("=3D", "=");
        var link = Pattern.compile("http://[^/\\s]+(/track\\?ref=[A-Z0-9-]+)").matcher(body);
        assertThat(link.find()).as("a link to the report in: %s", body).isTrue();
        assertThat(body).doesNotContain("platform");

        var reporter = new WebSession(port);
        assertThat(reporter.get(link.group(1)).body()).contains(reference);
        var codePage = reporter.post("/track", "reference", reference, "contact", REPORTER);
        var challenge = Pattern.compile("name=\"challenge\" value=\"([0-9a-f-]+)\"").matcher(codePage.body());
        assertThat(challenge.find()).isTrue();
        var codeMail = awaitMail(REPORTER, "Your code to check your report");
        var code = Pattern.compile("\\b(\\d{6})\\b").matcher(GreenMailUtil.getBody(codeMail));
        assertThat(code.find()).isTrue();

        var report = reporter.post("/track/code", "challenge", challenge.group(1), "contact", REPORTER,
                "code", code.group(1));
        assertThat(report.body()).contains("Which platform was the bicycle locked at?");
        String requestId = jdbc.sql("""
                        SELECT r.id FROM information_request r JOIN contact c ON c.id = r.contact_id
                        WHERE c.reference = :r""").param("r", reference).query(String.class).single();
        reporter.get("/track/report/add?request=" + requestId);
        var answered = reporter.upload("/track/report/add", "evidence", "", new byte[0], "request", requestId,
                "information", "Platform 2, by the ticket machines");
        assertThat(answered.body()).contains("Platform 2, by the ticket machines");

        assertThat(handler.get("/staff/contacts/" + reference + "/timeline").body())
                .contains("Platform 2, by the ticket machines");
        assertThat(mailTo(REPORTER).stream().filter(m -> subject(m).equals("Your reference number is " + reference)))
                .as("the acknowledgement arrived once").hasSize(1);
    }
}
