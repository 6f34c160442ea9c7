package org.bluelamp.relay.message;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.files.ScanState;

/**
 * One BSL video message: the video to play and the form for its translation, or who translated it and when.
 *
 * @param translation what the interpreter typed, kept when the form is shown again with an error
 * @param videoScan   what the virus scanner found of the video: it is played only once passed
 */
public record MessagePage(VideoMessage message, String received, String waited, String translatedAt,
                          String translation, FormErrors errors, int maxLength, ScanState videoScan) {
}
