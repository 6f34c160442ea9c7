package org.bluelamp.privacy.request;

import org.bluelamp.platform.SummaryRow;

import java.util.List;

/** "Check your answers" for the public form. */
public record CheckPage(List<SummaryRow> rows) {
}
