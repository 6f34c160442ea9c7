package org.bluelamp.open311;

import org.bluelamp.integration.ApiClient;
import org.bluelamp.reporting.ReportsFromSystems;
import org.bluelamp.reporting.SystemReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a service request: the report through reporting's engine and submission, and the record of which client sent
 * it, in one transaction, so a request is either a report this client can ask about or nothing at all.
 */
@Service
class ServiceRequestIntake {

    private final ReportsFromSystems reports;
    private final SentRequests requests;

    ServiceRequestIntake(ReportsFromSystems reports, SentRequests requests) {
        this.reports = reports;
        this.requests = requests;
    }

    /** @throws org.bluelamp.reporting.SystemReportRefused when the definition's checks refuse it: nothing is kept */
    @Transactional
    SentRequests.Sent accept(ApiClient client, SystemReport report) {
        var sent = reports.send(report);
        var request = new SentRequests.Sent(sent.reportId(), sent.reference(), report.serviceId(), sent.sentAt());
        requests.add(client.id(), request);
        return request;
    }
}
