package dev.clientapps.application.port.in;

import dev.clientapps.domain.app.ClientApp;

/**
 * What the caller expects of an app before changing it (e.g. "still as I last read it"). It is
 * checked while the app is locked, so no other change can slip in between the check and the write.
 */
@FunctionalInterface
public interface AppPrecondition {

    AppPrecondition NONE = current -> true;

    boolean holds(ClientApp current);
}
