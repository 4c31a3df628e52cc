package org.chemnet.network.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries: the core uses no adapter technology, adapters don't use each other, no module reaches
 * into another's {@code internal} package, and the core's packages import each other in no cycle. The rules run over every module's classes (examples depends on all of
 * them); a deliberate violator in this module's test sources shows that they catch what they should.
 */
class ArchitectureTest {
    private static final String[] ADAPTERS = {
        "org.chemnet.network.json..",
        "org.chemnet.network.jdbc..",
        "org.chemnet.network.mail..",
        "org.chemnet.network.calendar.."
    };
    private static final String[] OUTSIDE_CORE = {
        "org.chemnet.network.json..",
        "org.chemnet.network.jdbc..",
        "org.chemnet.network.mail..",
        "org.chemnet.network.calendar..",
        "org.chemnet.network.examples..",
        "org.chemnet.network.benchmarks.."
    };

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // network-core's test jar (its contract suites) is on this module's test class path
                .withImportOption(location -> !location.contains("-tests.jar"))
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
                        "net.fortuna..",
                        "org.hibernate..",
                        "org.glassfish..")
                .as("network-core imports nothing from Jackson, JDBC/JDBI/Flyway, Jakarta Mail, ical4j or a validator"
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

    /**
     * The packages under a root read top-down: no cycle between any two of them (the root package being one),
     * beyond a Bean Validation annotation in {@code validation} naming its validator in {@code internal.constraints}.
     * Packages of the adapters, examples and benchmarks are left out.
     */
    static ArchRule packagesFreeOfCycles(String root) {
        SliceAssignment byPackage = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                boolean under = name.equals(root) || name.startsWith(root + ".");
                boolean outside = java.util.Arrays.stream(OUTSIDE_CORE)
                        .map(p -> p.substring(0, p.length() - 2))
                        .filter(p -> p.startsWith(root + "."))
                        .anyMatch(p -> name.equals(p) || name.startsWith(p + "."));
                return under && !outside ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages of " + root;
            }
        };
        return SlicesRuleDefinition.slices()
                .assignedFrom(byPackage)
                .should()
                .beFreeOfCycles()
                .ignoreDependency(
                        JavaClass.Predicates.resideInAPackage(root + ".validation")
                                .and(DescribedPredicate.describe("annotations", JavaClass::isAnnotation)),
                        JavaClass.Predicates.resideInAPackage(root + ".internal.constraints"))
                .as("the packages of " + root + " import each other in no cycle");
    }

    static List<ArchRule> adapterRules() {
        return List.of(
                adapterInternalsStayInTheAdapter("json"),
                adapterInternalsStayInTheAdapter("jdbc"),
                adapterInternalsStayInTheAdapter("mail"),
                adapterInternalsStayInTheAdapter("calendar"),
                adapterUsesNoOtherAdapter("json"),
                adapterUsesNoOtherAdapter("jdbc"),
                adapterUsesNoOtherAdapter("mail"),
                adapterUsesNoOtherAdapter("calendar"));
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

    /** What hosts build on: the core and the adapters, not the examples and benchmarks. */
    private static final String[] NOT_THE_LIBRARY = {
        "org.chemnet.network.examples..", "org.chemnet.network.benchmarks.."
    };

    /** Every public top-level type of the core and the adapters says how stable it is. */
    static ArchRule coreTypesAreMarked() {
        return classes()
                .that()
                .resideInAPackage("org.chemnet.network..")
                .and()
                .resideOutsideOfPackages(NOT_THE_LIBRARY)
                .and()
                .arePublic()
                .and()
                .areTopLevelClasses()
                .should()
                .beAnnotatedWith(API.class)
                .as("every public type of network-core and the adapters is marked @API(status = STABLE,"
                        + " EXPERIMENTAL or INTERNAL)");
    }

    @Test
    void everyPublicTypeOfTheLibraryIsMarkedAndEveryPackageNullMarked() {
        coreTypesAreMarked().check(production);
        List<String> unmarked = production.getPackage("org.chemnet.network").getSubpackagesInTree().stream()
                .filter(p -> !p.getClasses().isEmpty())
                .filter(p -> java.util.Arrays.stream(NOT_THE_LIBRARY)
                        .noneMatch(o -> p.getName().startsWith(o.substring(0, o.length() - 2))))
                .filter(p -> !p.isAnnotatedWith(NullMarked.class))
                .map(p -> p.getName())
                .toList();
        assertThat(unmarked).as("library packages without @NullMarked").isEmpty();
        assertThat(production.getPackage("org.chemnet.network").isAnnotatedWith(NullMarked.class))
                .isTrue();
        // The internal packages, the core's and the adapters', are marked internal, type by type.
        assertThat(production.stream()
                        .filter(c -> c.getPackageName().contains(".internal"))
                        .filter(c -> java.util.Arrays.stream(NOT_THE_LIBRARY)
                                .noneMatch(o -> c.getPackageName().startsWith(o.substring(0, o.length() - 2))))
                        .filter(c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                        .filter(c -> c.isTopLevelClass()))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.getAnnotationOfType(API.class).status())
                        .as(c.getName())
                        .isEqualTo(API.Status.INTERNAL));
    }

    @Test
    void coresPackagesReadTopDown() {
        packagesFreeOfCycles("org.chemnet.network").check(production);
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
        String cycle = "org.chemnet.network.examples.archviolation.cycle";
        assertThat(packagesFreeOfCycles(cycle)
                        .evaluate(new ClassFileImporter().importPackages(cycle))
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("Cycle detected"));
    }
}
