package com.dealerhub.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

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

    @Test
    void plumbingDoesNotReachIntoCapabilities() {
        noClasses().that().resideInAnyPackage("..platform.tenancy..", "..platform.outbox..", "..platform.migration..")
                .should().dependOnClassesThat().resideInAPackage("..platform.cases..")
                .check(PLATFORM);
    }
}
