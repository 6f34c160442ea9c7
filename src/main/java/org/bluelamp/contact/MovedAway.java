package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;

/**
 * Where a contact went after it left someone's scope, for the page they see going back to it: who holds it now, and
 * who moved it when. Nothing of the report or the reporter.
 *
 * @param team    the team it is allocated to
 * @param officer the officer's name, if allocated to one; else null
 * @param at      when it was allocated; null if its history does not say
 * @param by      the username of who allocated it; null if its history does not say
 */
public record MovedAway(Reference reference, String serviceTitle, String team, String officer, Instant at, String by) {
}
