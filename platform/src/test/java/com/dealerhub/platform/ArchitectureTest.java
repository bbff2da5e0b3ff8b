package com.dealerhub.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Boundaries of the platform module, as failing tests. */
class ArchitectureTest {

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.dealerhub.platform");

    @Test
    void resourcesOnlyTranslateHttp() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(PLATFORM);
    }

    @Test
    void theDomainKnowsNothingOfHttp() {
        noClasses().that().haveSimpleNameNotEndingWith("Resource")
                .and().resideInAPackage("..platform.cases..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .check(PLATFORM);
    }

    @Test
    void capabilitiesAndPlumbingFormNoCycles() {
        slices().matching("com.dealerhub.platform.(*)..").should().beFreeOfCycles().check(PLATFORM);
    }

    @Test
    void theWarrantyCapabilitysPartsFormNoCycles() {
        slices().matching("com.dealerhub.platform.warranty.(*)..").should().beFreeOfCycles().check(PLATFORM);
    }

    /** The case kernel (workflow tables, approval chains, SLA clocks) serves every case type and knows none of them. */
    @Test
    void theCaseKernelImportsNoCapability() {
        noClasses().that().resideInAPackage("..platform.cases..")
                .should().dependOnClassesThat(resideInAPackage("com.dealerhub.platform..")
                        .and(not(resideInAnyPackage("..platform.cases..", "..platform.tenancy..", "..platform.outbox.."))))
                .because("a capability (account requests, warranty, complaints...) builds on the kernel, never the other way")
                .check(PLATFORM);
    }

    @Test
    void plumbingDoesNotReachIntoCapabilities() {
        noClasses().that().resideInAnyPackage("..platform.tenancy..", "..platform.outbox..", "..platform.migration..",
                        "..platform.imports..")
                .should().dependOnClassesThat().resideInAPackage("..platform.cases..")
                .check(PLATFORM);
    }

    /**
     * Business capabilities do not reach into each other: goodwill knows its complaint only as a
     * case of the kernel. The dealer statement (settlement) is where several capabilities are read.
     * One published exception: the claim gate of warranty reads who holds which certificate
     * ({@code training.certificates}); training reads nothing of warranty.
     */
    @Test
    void businessCapabilitiesDoNotDependOnEachOther() {
        String[] capabilities = {"accountrequests", "warranty", "complaints", "goodwill", "training", "servicefeed"};
        for (String capability : capabilities) {
            String[] others = java.util.Arrays.stream(capabilities).filter(c -> !c.equals(capability))
                    .map(c -> "..platform." + c + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("..platform." + capability + "..")
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                            "in another capability, other than training's certificates for warranty's claim gate",
                            (com.tngtech.archunit.core.domain.JavaClass target) -> java.util.Arrays.stream(others)
                                    .anyMatch(other -> target.getPackageName().contains(other.replace("..", ".").replaceAll("\\.$", "")))
                                    && !(capability.equals("warranty") && target.getPackageName().contains(".platform.training.certificates"))))
                    .check(PLATFORM);
        }
    }

    /** Services read the time from the injected clock ({@code time/SystemClock}); rules are given it. */
    @Test
    void onlyTheClockProducerReadsTheSystemClock() {
        noClasses().that().resideOutsideOfPackage("..platform.time..")
                .should().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(PLATFORM);
    }
}
