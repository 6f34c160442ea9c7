package org.bluelamp.reporting;

import org.bluelamp.platform.personaldata.RecordKind;

/** The kinds of record reporting holds: a report goes with its contact, under the contact's retention rule. */
public enum ReportRecordKind implements RecordKind {
    REPORT;
}
