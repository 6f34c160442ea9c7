package org.bluelamp.contact.clocks;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly, without a stack trace, why the bank holidays file stops Bluelamp starting. */
class BankHolidaysFailureAnalyzer extends AbstractFailureAnalyzer<BankHolidaysUnreadable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BankHolidaysUnreadable cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
