package dev.clientapps.domain.port;

import dev.clientapps.domain.audit.AuditEvent;
import dev.clientapps.domain.audit.AuditQuery;
import dev.clientapps.domain.listing.Slice;

/** Reads one client's audit trail; another client's events are never returned. */
public interface LoadAuditEventsPort {

    /** One page, newest first (ties by id, descending). */
    Slice<AuditEvent> listEvents(AuditQuery query);
}
