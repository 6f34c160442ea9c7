/**
 * What every module that holds the public's personal data shares with {@code privacy}: the access log every staff
 * read, search and export is written to ({@link org.bluelamp.platform.personaldata.AccessLog}), and the ways a
 * module lets privacy find what it holds about a person ({@link org.bluelamp.platform.personaldata.SubjectFinder})
 * and dispose of a record under its retention rule. Modules implement these; privacy uses them, so it depends on
 * no module's tables.
 */
package org.bluelamp.platform.personaldata;
