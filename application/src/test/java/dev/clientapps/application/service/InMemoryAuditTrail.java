package dev.clientapps.application.service;

import dev.clientapps.domain.audit.AuditEvent;
import dev.clientapps.domain.port.RecordAuditEventsPort;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The audit trail as a list, remembering how many record calls (statements) produced it and, for
 * each call, what {@link #rowWrites} counted at that moment (to see what was written before it).
 */
final class InMemoryAuditTrail implements RecordAuditEventsPort {

    final List<AuditEvent> events = new ArrayList<>();
    final List<Integer> rowWritesAtRecord = new ArrayList<>();
    IntSupplier rowWrites = () -> 0;
    int recordCalls;

    @Override
    public void record(List<AuditEvent> recorded) {
        recordCalls++;
        rowWritesAtRecord.add(rowWrites.getAsInt());
        events.addAll(recorded);
    }
}
