package org.bluelamp.privacy;

import org.bluelamp.platform.personaldata.RetentionRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;

/**
 * How long privacy's own records are kept (docs/retention.md). The access log's period must be at least a year, as
 * the database refuses to prune it sooner.
 *
 * @param dataRequests a subject access request, after it was answered
 * @param accessLog    an entry of the access log
 */
@ConfigurationProperties("bluelamp.privacy.retention")
public record PrivacyRetentionRules(Period dataRequests, Period accessLog) {

    public static final String DATA_REQUESTS = "data-requests";
    static final String ACCESS_LOG = "access-log";

    public PrivacyRetentionRules {
        dataRequests = RetentionRule.configured(DATA_REQUESTS, dataRequests, Period.ofYears(2)).period();
        accessLog = RetentionRule.configured(ACCESS_LOG, accessLog, Period.ofYears(7), Period.ofYears(1));
    }

    public RetentionRule dataRequestsRule() {
        return new RetentionRule(DATA_REQUESTS, dataRequests);
    }
}
