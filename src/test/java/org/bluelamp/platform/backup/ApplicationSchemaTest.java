package org.bluelamp.platform.backup;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Restore loads each table after the tables its foreign keys name. */
class ApplicationSchemaTest {

    @Test
    void parentsComeBeforeTheirChildrenAndATableMayNameItself() {
        var order = ApplicationSchema.parentsFirst(List.of("contact_link", "contact", "report", "report_file"),
                Map.of("contact_link", Set.of("contact"), "contact", Set.of("report", "contact"),
                        "report_file", Set.of("report", "report_draft")));
        assertThat(order).containsExactlyInAnyOrder("contact_link", "contact", "report", "report_file");
        assertThat(order.indexOf("report")).isLessThan(order.indexOf("contact"));
        assertThat(order.indexOf("contact")).isLessThan(order.indexOf("contact_link"));
        assertThat(order.indexOf("report")).isLessThan(order.indexOf("report_file"));
    }

    @Test
    void tablesThatNameEachOtherAreRefusedByName() {
        assertThatThrownBy(() -> ApplicationSchema.parentsFirst(List.of("a", "b"),
                Map.of("a", Set.of("b"), "b", Set.of("a"))))
                .hasMessageContaining("[a, b] name each other in a cycle");
    }
}
