package org.bluelamp.tracking;

import org.bluelamp.platform.FormErrors;

import java.util.UUID;

/**
 * The code step. It reads the same whether or not the details matched a report.
 *
 * @param contact what the person typed as their email or phone, carried in the form to say where the code went
 * @param notice  a line above the form after asking for a new code, or null
 */
public record CodePage(UUID challenge, String contact, FormErrors errors, String notice) {
}
