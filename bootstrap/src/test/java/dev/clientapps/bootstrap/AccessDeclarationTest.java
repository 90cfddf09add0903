package dev.clientapps.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.clientapps.adapter.rest.security.Access;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.Test;

/** Adding an endpoint without declaring who may call it fails the build. */
class AccessDeclarationTest {

    static ArchRule everyEndpointDeclaresAccess(String packages) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(packages)
                .and().areAnnotatedWith(GET.class).or().areAnnotatedWith(POST.class)
                .or().areAnnotatedWith(PUT.class).or().areAnnotatedWith(PATCH.class)
                .or().areAnnotatedWith(DELETE.class).or().areAnnotatedWith(HEAD.class)
                .or().areAnnotatedWith(OPTIONS.class)
                .should().beAnnotatedWith(Access.class)
                .as("every resource method declares its access with @Access");
    }

    @Test
    void everyResourceMethodDeclaresAccess() {
        JavaClasses rest = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.clientapps.adapter.rest");
        everyEndpointDeclaresAccess("dev.clientapps.adapter.rest..").check(rest);
    }

    @Test
    void theRuleCatchesAnUndeclaredEndpoint() {
        JavaClasses planted = new ClassFileImporter().importPackages("dev.clientapps.archfixture.rest");
        var result = everyEndpointDeclaresAccess("dev.clientapps.archfixture.rest..").evaluate(planted);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("PlantedEndpoint.open()");
    }
}
