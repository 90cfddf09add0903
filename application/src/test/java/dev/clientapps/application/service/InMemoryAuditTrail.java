package dev.clientapps.application.service;

import dev.clientapps.domain.audit.AuditEvent;
import dev.clientapps.domain.port.RecordAuditEventsPort;
import java.util.ArrayList;
import java.util.List;

/** The audit trail as a list, remembering how many record calls (statements) produced it. */
final class InMemoryAuditTrail implements RecordAuditEventsPort {

    final List<AuditEvent> events = new ArrayList<>();
    int recordCalls;

    @Override
    public void record(List<AuditEvent> recorded) {
        recordCalls++;
        events.addAll(recorded);
    }
}
