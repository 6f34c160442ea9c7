package org.bluelamp.reporting.journey;

import org.bluelamp.platform.FormErrors;

/**
 * The page that asks where to send the link to a saved draft.
 *
 * @param sendBy        "email", "text" or blank: the choice to show selected
 * @param lastPageKept  false when what was typed on the page they left could not be saved, so they know to answer
 *                      it again when they come back
 */
public record SaveForLaterPage(String serviceTitle, String action, String backUrl, String sendBy, String email,
                               String mobile, FormErrors errors, boolean lastPageKept) {
}
