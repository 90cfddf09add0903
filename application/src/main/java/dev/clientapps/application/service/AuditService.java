package dev.clientapps.application.service;

import dev.clientapps.application.port.in.AuditUseCase;
import dev.clientapps.domain.audit.AuditEvent;
import dev.clientapps.domain.audit.AuditQuery;
import dev.clientapps.domain.listing.Slice;
import dev.clientapps.domain.port.LoadAuditEventsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class AuditService implements AuditUseCase {

    private final LoadAuditEventsPort load;

    @Inject
    public AuditService(LoadAuditEventsPort load) {
        this.load = load;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<AuditEvent> events(AuditQuery query) {
        return load.listEvents(query);
    }
}
