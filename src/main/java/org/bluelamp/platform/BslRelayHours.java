package org.bluelamp.platform;

/**
 * When the BSL video relay answers calls, in words ("8am to midnight, every day"). The relay's own hours, the setting
 * that decides whether a call is taken, implement this, so every page, message and statement says the same.
 */
public interface BslRelayHours {

    String inWords(Texts texts);
}
