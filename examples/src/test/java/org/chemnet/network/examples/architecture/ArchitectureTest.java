package org.chemnet.network.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries: the core uses no adapter technology, adapters don't use each other, and no module reaches
 * into another's {@code internal} package. The rules run over every module's classes (examples depends on all of
 * them); a deliberate violator in this module's test sources shows that they catch what they should.
 */
class ArchitectureTest {
    private static final String[] ADAPTERS = {
        "org.chemnet.network.json..", "org.chemnet.network.jdbc..", "org.chemnet.network.mail.."
    };
    private static final String[] OUTSIDE_CORE = {
        "org.chemnet.network.json..",
        "org.chemnet.network.jdbc..",
        "org.chemnet.network.mail..",
        "org.chemnet.network.examples..",
        "org.chemnet.network.benchmarks.."
    };

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.chemnet.network");
    }

    /** The core: every package of org.chemnet.network that is not an adapter, examples or benchmarks. */
    static ArchRule coreUsesNoAdapterTechnology() {
        return noClasses()
                .that()
                .resideInAPackage("org.chemnet.network..")
                .and()
                .resideOutsideOfPackages(OUTSIDE_CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "tools.jackson..",
                        "com.fasterxml..",
                        "java.sql..",
                        "javax.sql..",
                        "org.jdbi..",
                        "org.flywaydb..",
                        "jakarta.mail..",
                        "org.eclipse.angus..",
                        "org.hibernate..",
                        "org.glassfish..")
                .as("network-core imports nothing from Jackson, JDBC/JDBI/Flyway, Jakarta Mail or a validator"
                        + " implementation");
    }

    static ArchRule coreInternalsStayInTheCore() {
        return noClasses()
                .that()
                .resideInAnyPackage(OUTSIDE_CORE)
                .or()
                .resideOutsideOfPackage("org.chemnet.network..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.chemnet.network.internal..")
                .as("nothing outside network-core uses its internal package");
    }

    static List<ArchRule> adapterRules() {
        return List.of(
                adapterInternalsStayInTheAdapter("json"),
                adapterInternalsStayInTheAdapter("jdbc"),
                adapterInternalsStayInTheAdapter("mail"),
                adapterUsesNoOtherAdapter("json"),
                adapterUsesNoOtherAdapter("jdbc"),
                adapterUsesNoOtherAdapter("mail"));
    }

    private static ArchRule adapterInternalsStayInTheAdapter(String adapter) {
        return noClasses()
                .that()
                .resideOutsideOfPackage("org.chemnet.network." + adapter + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.chemnet.network." + adapter + ".internal..")
                .as("nothing outside network-" + adapter + " uses its internal package")
                .allowEmptyShould(true);
    }

    private static ArchRule adapterUsesNoOtherAdapter(String adapter) {
        String own = "org.chemnet.network." + adapter + "..";
        String[] others =
                java.util.Arrays.stream(ADAPTERS).filter(a -> !a.equals(own)).toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAPackage(own)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .as("network-" + adapter + " uses no other adapter")
                .allowEmptyShould(true);
    }

    @Test
    void coreImportsNoAdapterTechnology() {
        coreUsesNoAdapterTechnology().check(production);
    }

    @Test
    void noModuleUsesAnotherModulesInternals() {
        coreInternalsStayInTheCore().check(production);
        adapterRules().forEach(rule -> rule.check(production));
    }

    @Test
    void theRulesCatchADeliberateViolation() {
        JavaClasses inCore = new ClassFileImporter().importPackages("org.chemnet.network.archviolation");
        JavaClasses inExamples = new ClassFileImporter().importPackages("org.chemnet.network.examples.archviolation");

        assertThat(coreUsesNoAdapterTechnology()
                        .evaluate(inCore)
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("java.sql.Connection"));
        assertThat(coreInternalsStayInTheCore()
                        .evaluate(inExamples)
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("org.chemnet.network.internal.Checks"));
    }
}
