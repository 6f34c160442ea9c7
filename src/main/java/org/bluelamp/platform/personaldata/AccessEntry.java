package org.bluelamp.platform.personaldata;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the access log.
 *
 * @param action     read, search, export, dispose or keep
 * @param recordKind what was looked at: contact, report, file, message, recording, visit, bsl-video, request, access-log
 * @param reference  the record's reference (a contact's or a subject access request's), if it has one
 * @param detail     what exactly (the page, the file's name) or, for a search, its terms
 * @param reason     why, where the page asked
 */
public record AccessEntry(long id, Instant at, String actor, String roles, String action, String recordKind,
                          String reference, Map<String, String> detail, String reason) {
}
