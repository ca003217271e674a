package org.broadsheet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package dependencies of the design: platform knows no feature, content knows no page. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Spring AOT's generated bean registrations (Xxx__BeanDefinitions...) name every bean by design
                .withImportOption(location -> !location.contains("__"))
                .importPackages("org.broadsheet");
    }

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.broadsheet.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.broadsheet.content..", "org.broadsheet.site..", "org.broadsheet.api..",
                        "org.broadsheet.demo..", "org.broadsheet.accounts..", "org.broadsheet.search..",
                        "org.broadsheet.newsroom..")
                .check(classes);
    }

    @Test
    void contentDependsOnNoOtherFeature() {
        noClasses().that().resideInAPackage("org.broadsheet.content..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.broadsheet.site..", "org.broadsheet.api..", "org.broadsheet.demo..",
                        "org.broadsheet.accounts..", "org.broadsheet.search..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheNewsroom() {
        noClasses().that().resideOutsideOfPackages("org.broadsheet.newsroom..")
                .should().dependOnClassesThat().resideInAPackage("org.broadsheet.newsroom..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheApiOrTheDemo() {
        noClasses().that().resideOutsideOfPackages("org.broadsheet.api..")
                .should().dependOnClassesThat().resideInAPackage("org.broadsheet.api..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.broadsheet.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.broadsheet.demo..")
                .check(classes);
    }
}
