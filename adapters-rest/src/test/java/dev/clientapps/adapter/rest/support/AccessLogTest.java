package dev.clientapps.adapter.rest.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientapps.adapter.rest.AppsResource;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AccessLogTest {

    private static Method method(String name) {
        return Arrays.stream(AppsResource.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void theLoggedTemplateIsTheClassPathFollowedByTheMethodPath() {
        assertThat(AccessLog.template(AppsResource.class, method("get"))).isEqualTo("/v2/clients/{client_id}/apps/{app_id}");
        assertThat(AccessLog.template(AppsResource.class, method("list"))).isEqualTo("/v2/clients/{client_id}/apps");
        assertThat(AccessLog.template(AppsResource.class, method("approve"))).isEqualTo("/v2/clients/{client_id}/apps/approve");
    }

    @Test
    void aMethodWithoutItsOwnPathLogsTheClassPath() throws NoSuchMethodException {
        assertThat(AccessLog.template(Plain.class, Plain.class.getMethod("root"))).isEqualTo("/v2/plain");
        assertThat(AccessLog.template(Object.class, Plain.class.getMethod("root"))).isEmpty();
    }

    @Path("/v2/plain")
    public static class Plain {
        public String root() {
            return "";
        }
    }
}
