package dev.clientapps.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientapps.application.port.in.AppsUseCase;
import dev.clientapps.application.port.in.CatalogUseCase;
import dev.clientapps.application.port.in.ClientsUseCase;
import dev.clientapps.application.port.in.InventoryUseCase;
import dev.clientapps.domain.port.LoadAppsPort;
import dev.clientapps.domain.port.LoadCatalogPort;
import dev.clientapps.domain.port.LoadClientPort;
import dev.clientapps.domain.port.LockAppsPort;
import dev.clientapps.domain.port.SaveAppsPort;
import dev.clientapps.domain.port.SaveCatalogPort;
import dev.clientapps.domain.port.SaveClientPort;
import dev.clientapps.bootstrap.support.FreshDatabase;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The beans of the application and adapter modules are discovered from their Jandex indexes:
 * each port resolves to exactly one bean, declared in the module that should own it.
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class BeanDiscoveryTest {

    @Test
    void useCasesAreServedByTheApplicationModule() {
        for (Class<?> port : List.of(AppsUseCase.class, CatalogUseCase.class, ClientsUseCase.class,
                InventoryUseCase.class)) {
            assertThat(beanClassOf(port).getPackageName()).isEqualTo("dev.clientapps.application.service");
        }
    }

    @Test
    void outPortsAreServedByThePersistenceAdapter() {
        for (Class<?> port : List.of(LoadAppsPort.class, LockAppsPort.class, SaveAppsPort.class,
                LoadCatalogPort.class, SaveCatalogPort.class, LoadClientPort.class, SaveClientPort.class)) {
            assertThat(beanClassOf(port).getPackageName()).isEqualTo("dev.clientapps.adapter.persistence");
        }
    }

    private static Class<?> beanClassOf(Class<?> type) {
        List<Class<?>> beanClasses = Arc.container().beanManager().getBeans(type).stream()
                .<Class<?>>map(bean -> bean.getBeanClass()).toList();
        assertThat(beanClasses).as("beans for %s", type.getSimpleName()).hasSize(1);
        return beanClasses.get(0);
    }
}
