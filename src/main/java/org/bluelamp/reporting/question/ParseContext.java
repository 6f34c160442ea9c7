package org.bluelamp.reporting.question;

import org.bluelamp.platform.Texts;

import java.time.LocalDateTime;

/** What parsing an answer needs besides the form: the words for errors, and the time now in the UK. */
public record ParseContext(Texts texts, LocalDateTime now) {
}
