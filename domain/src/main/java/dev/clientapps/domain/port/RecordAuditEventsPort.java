package dev.clientapps.domain.port;

import dev.clientapps.domain.audit.AuditEvent;
import java.util.List;

/**
 * Appends to the audit trail, in the caller's transaction, so an event exists exactly when its
 * change was committed. The trail is append-only: there is no way to change or remove an event.
 */
public interface RecordAuditEventsPort {

    /** Records all of {@code events} in one statement, whatever their number (none: no statement). */
    void record(List<AuditEvent> events);
}
