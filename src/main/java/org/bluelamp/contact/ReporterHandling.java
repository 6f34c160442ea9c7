package org.bluelamp.contact;

/**
 * Who is dealing with a report and how often its reporter will hear, as the reporter may be told: an officer's display
 * name or a team's name, never a username or an email address.
 *
 * @param officer the allocated officer's display name; null when it is with a team only, or with nobody yet
 * @param team    the team's name as configured; null when it is with nobody yet
 * @param agreed  how often the reporter agreed to be updated; null until the officer records it
 * @param usual   the force's usual frequency, which stands until one is agreed
 * @param records what the force's records system sent that the reporter is told: the crime number, the officer in
 *                charge and the result (never null; {@link RecordsSystemDetails#NONE} before it sends any)
 */
public record ReporterHandling(String officer, String team, UpdateFrequency agreed, UpdateFrequency usual,
                               RecordsSystemDetails records) {

    public ReporterHandling {
        records = records == null ? RecordsSystemDetails.NONE : records;
    }

    /** Not yet given to an officer or a team. */
    public boolean unallocated() {
        return officer == null && team == null;
    }

    /** What the reporter is told: the agreed frequency, or the usual one until then. */
    public UpdateFrequency updates() {
        return agreed == null ? usual : agreed;
    }
}
