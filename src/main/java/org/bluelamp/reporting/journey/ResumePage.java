package org.bluelamp.reporting.journey;

import org.bluelamp.platform.FormErrors;

/**
 * The pages a resume link opens: first the offer to send a code, then the box to type it in.
 *
 * @param maskedAddress where the code goes, partly hidden, since anyone holding the link sees this page
 * @param byEmail       whether the code goes by email (otherwise by text)
 * @param action        where the page's main form posts
 * @param newCodeAction where "send a new code" posts
 * @param notice        a line to show above the form (a new code was sent), or null
 */
public record ResumePage(String serviceTitle, String maskedAddress, boolean byEmail, String action,
                         String newCodeAction, String code, FormErrors errors, String notice) {
}
