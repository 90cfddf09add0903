package dev.clientapps.bootstrap.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Registered as a Quarkus test callback: every @QuarkusTest runs with {@link ContractValidation}. */
public class InstallContractValidation implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ContractValidation.install();
    }
}
