package dev.clientapps.bootstrap;

import dev.clientapps.adapter.rest.support.ReadThreads;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Idle connections in the default pool, from Agroal's metrics (quarkus.datasource.metrics.enabled).
 * With metrics off the count stays 0, and every read is served on a worker thread as before.
 */
@Singleton
public class PoolHeadroom implements ReadThreads.ConnectionHeadroom {

    private final AgroalDataSource dataSource;

    @Inject
    public PoolHeadroom(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean connectionFree() {
        return dataSource.getMetrics().availableCount() > 0;
    }
}
