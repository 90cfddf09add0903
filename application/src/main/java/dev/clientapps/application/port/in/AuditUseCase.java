package dev.clientapps.application.port.in;

import dev.clientapps.domain.audit.AuditEvent;
import dev.clientapps.domain.audit.AuditQuery;
import dev.clientapps.domain.listing.Slice;

/** Reading a client's audit trail: who changed which app, how, when, in which request. */
public interface AuditUseCase {

    Slice<AuditEvent> events(AuditQuery query);
}
