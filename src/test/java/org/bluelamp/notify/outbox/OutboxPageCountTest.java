package org.bluelamp.notify.outbox;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxPageCountTest {

    @Test
    void theCountStopsAtTenThousandAndSaysSo() {
        assertThat(new OutboxPage(List.of(), 1, 50, 1_234, 25).totalShown()).isEqualTo("1,234");
        assertThat(new OutboxPage(List.of(), 1, 400, OutboxPage.COUNT_UP_TO, 25).totalShown()).isEqualTo("10,000+");
    }
}
