package org.bluelamp.integration.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    @Test
    void signsAsTheStandardWebhooksExampleDoes() {
        // The example of the Standard Webhooks specification and its libraries' tests.
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aNewSecretIs32RandomBytesAfterWhsec() {
        var one = WebhookSignature.newSecret();
        var another = WebhookSignature.newSecret();
        assertThat(one).startsWith("whsec_").isNotEqualTo(another);
        assertThat(Base64.getDecoder().decode(one.substring("whsec_".length()))).hasSize(32);
    }

    @Test
    void retriesComeSoonThenFurtherApartThenEveryFourHoursAndEndAt72Hours() {
        var recorded = Instant.parse("2026-12-06T10:00:00Z");
        var giveUpAt = recorded.plus(Duration.ofHours(72));
        assertThat(WebhookRetries.next(1, recorded, giveUpAt)).isEqualTo(recorded.plusSeconds(5));
        assertThat(WebhookRetries.next(2, recorded, giveUpAt)).isEqualTo(recorded.plusSeconds(30));
        assertThat(WebhookRetries.next(3, recorded, giveUpAt)).isEqualTo(recorded.plus(Duration.ofMinutes(2)));
        assertThat(WebhookRetries.next(7, recorded, giveUpAt)).isEqualTo(recorded.plus(Duration.ofHours(2)));
        assertThat(WebhookRetries.next(8, recorded, giveUpAt)).isEqualTo(recorded.plus(Duration.ofHours(4)));
        assertThat(WebhookRetries.next(30, recorded, giveUpAt)).isEqualTo(recorded.plus(Duration.ofHours(4)));
        var late = giveUpAt.minus(Duration.ofHours(1));
        assertThat(WebhookRetries.next(20, late, giveUpAt)).isEqualTo(giveUpAt);
        assertThat(WebhookRetries.next(21, giveUpAt, giveUpAt)).isNull();
    }
}
