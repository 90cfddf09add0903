package dev.clientapps.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency directions of the hexagon (STYLE.md §7). Each rule is also run against planted
 * violations in {@code dev.clientapps.archfixture} (test code shaped like each ring) to prove it
 * can fail; a rule matching no class fails too (failOnEmptyShould).
 */
class ArchitectureTest {

    static final String ROOT = "dev.clientapps";
    static final String DOMAIN = ROOT + ".domain..";
    static final String APPLICATION = ROOT + ".application..";
    static final String REST = ROOT + ".adapter.rest..";
    static final String PERSISTENCE = ROOT + ".adapter.persistence..";
    static final String[] FRAMEWORKS = {"io.quarkus..", "jakarta.persistence..", "jakarta.ws.rs..",
        "com.fasterxml..", "org.hibernate..", "io.smallrye..", "io.vertx..", "org.jboss.."};

    /** Production classes of every module, whether Maven hands them over as class folders or jars. */
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Test-only classes that break each rule on purpose. */
    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages(ROOT + ".archfixture");

    static ArchRule domainIsPlainJava(String domain) {
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain)
                .as("the domain depends on plain Java and itself only");
    }

    static ArchRule applicationIsFrameworkFree(String application) {
        return noClasses().that().resideInAPackage(application)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .as("use cases do not depend on Quarkus, JAX-RS, JPA/Hibernate or Jackson");
    }

    static ArchRule restNeverTouchesPersistence(String rest, String persistence) {
        return noClasses().that().resideInAPackage(rest)
                .should().dependOnClassesThat().resideInAnyPackage(persistence, "jakarta.persistence..",
                        "org.hibernate..", "io.quarkus.hibernate..", "io.agroal..", "org.postgresql..")
                .as("the REST adapter never touches persistence");
    }

    static ArchRule persistenceNeverTouchesRest(String persistence, String rest) {
        return noClasses().that().resideInAPackage(persistence)
                .should().dependOnClassesThat().resideInAnyPackage(rest, "jakarta.ws.rs..", "com.fasterxml..")
                .as("the persistence adapter never touches REST");
    }

    static ArchRule innerRingsIgnoreAdapters(String inner, String... adapters) {
        return noClasses().that().resideInAPackage(inner)
                .should().dependOnClassesThat().resideInAnyPackage(adapters)
                .as("inner rings never depend on adapters");
    }

    static ArchRule persistenceInternalsArePackagePrivate(String persistence) {
        return classes().that().resideInAPackage(persistence)
                .and().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .as("Panache entities stay package-private inside the persistence adapter");
    }

    static ArchRule inPortsIgnoreServices(String inPorts, String services) {
        return noClasses().that().resideInAPackage(inPorts)
                .should().dependOnClassesThat().resideInAPackage(services)
                .as("in-ports do not depend on the services implementing them");
    }

    @Test
    void domainIsPlainJava() {
        domainIsPlainJava(DOMAIN).check(PRODUCTION);
    }

    @Test
    void applicationIsFrameworkFree() {
        applicationIsFrameworkFree(APPLICATION).check(PRODUCTION);
    }

    @Test
    void adaptersNeverDependOnEachOther() {
        restNeverTouchesPersistence(REST, PERSISTENCE).check(PRODUCTION);
        persistenceNeverTouchesRest(PERSISTENCE, REST).check(PRODUCTION);
    }

    @Test
    void domainAndApplicationNeverDependOnAdapters() {
        innerRingsIgnoreAdapters(DOMAIN, ROOT + ".adapter..", ROOT + ".application..", ROOT + ".bootstrap..")
                .check(PRODUCTION);
        innerRingsIgnoreAdapters(APPLICATION, ROOT + ".adapter..", ROOT + ".bootstrap..").check(PRODUCTION);
    }

    @Test
    void persistenceInternalsArePackagePrivate() {
        persistenceInternalsArePackagePrivate(PERSISTENCE).check(PRODUCTION);
    }

    @Test
    void inPortsIgnoreServices() {
        inPortsIgnoreServices(ROOT + ".application.port.in..", ROOT + ".application.service..").check(PRODUCTION);
    }

    /**
     * Imports are gone from bytecode when unused, so the sources are read too: the domain imports
     * plain Java and itself only; the application adds the CDI, inject and JTA annotations only.
     */
    static List<String> forbiddenImports(Path sources, Predicate<String> allowed) throws IOException {
        if (!Files.isDirectory(sources)) {
            throw new IllegalStateException("sources not found: " + sources.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> imports(file).stream().filter(allowed.negate()).map(i -> file.getFileName() + ": " + i))
                    .toList();
        }
    }

    private static List<String> imports(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith("import "))
                    .map(line -> line.substring("import ".length()).replace("static ", "").replace(";", "").strip())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void domainSourcesImportPlainJavaOnly() throws IOException {
        assertThat(forbiddenImports(Path.of("..", "domain", "src", "main", "java"),
                i -> i.startsWith("java.") || i.startsWith(ROOT + ".domain.")))
                .as("the domain sources import plain Java and the domain only").isEmpty();
    }

    @Test
    void applicationSourcesImportNoFramework() throws IOException {
        assertThat(forbiddenImports(Path.of("..", "application", "src", "main", "java"),
                i -> i.startsWith("java.") || i.startsWith(ROOT + ".domain.") || i.startsWith(ROOT + ".application.")
                        || i.startsWith("jakarta.inject.") || i.startsWith("jakarta.enterprise.")
                        || i.startsWith("jakarta.transaction.")))
                .as("the application sources import the domain, CDI/inject and JTA only").isEmpty();
    }

    @Test
    void theSourceRuleCatchesAPlantedImport() throws IOException {
        assertThat(forbiddenImports(Path.of("src", "test", "java", "dev", "clientapps", "archfixture", "application"),
                i -> i.startsWith("java.")))
                .anySatisfy(found -> assertThat(found).contains("PlantedPort.java").contains("archfixture"));
    }

    @Test
    void everyRuleCatchesItsPlantedViolation() {
        String f = ROOT + ".archfixture";
        assertViolated(domainIsPlainJava(f + ".domain.."), "jakarta.persistence.Entity");
        assertViolated(applicationIsFrameworkFree(f + ".application.."), "com.fasterxml");
        assertViolated(restNeverTouchesPersistence(f + ".rest..", f + ".persistence.."), "PlantedEntity");
        assertViolated(persistenceNeverTouchesRest(f + ".persistence..", f + ".rest.."), "PlantedResource");
        assertViolated(innerRingsIgnoreAdapters(f + ".domain..", f + ".rest.."), "PlantedResource");
        assertViolated(persistenceInternalsArePackagePrivate(f + ".persistence.."), "PlantedEntity");
        assertViolated(inPortsIgnoreServices(f + ".application.port.in..", f + ".application.service.."),
                "PlantedService");
    }

    private static void assertViolated(ArchRule rule, String mention) {
        EvaluationResult result = rule.evaluate(PLANTED);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(mention);
    }
}
