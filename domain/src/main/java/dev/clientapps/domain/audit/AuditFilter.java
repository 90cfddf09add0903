package dev.clientapps.domain.audit;

import dev.clientapps.domain.app.AppId;
import java.time.Instant;

/**
 * Filters of a client's audit trail; a null field does not filter. {@code since} is inclusive and
 * {@code until} exclusive, so consecutive windows never list an event twice.
 */
public record AuditFilter(AppId appId, AuditAction action, String actor, Instant since, Instant until) {
}
