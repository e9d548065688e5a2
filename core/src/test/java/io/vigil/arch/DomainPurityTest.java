package io.vigil.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core's own rules; the cross-module suite lives in {@code examples}. */
@AnalyzeClasses(packages = "io.vigil", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    @ArchTest
    static final ArchRule domain_is_plain_java = classes().that().resideInAPackage("..domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.locationtech.jts..",
                    "org.shredzone.commons.suncalc..", "org.dmfs..", "io.vigil.kernel..", "..domain..")
            .because("the domain checks itself in plain Java (with geometry, sunrise and sunset, and RFC 5545"
                    + " recurrences): no validation, injection or logging");

    @ArchTest
    static final ArchRule domain_does_not_know_its_ports_or_services = noClasses().that()
            .resideInAPackage("..domain..").should().dependOnClassesThat()
            .resideInAnyPackage("..port..", "..application..");

    @ArchTest
    static final ArchRule use_case_services_hide_behind_their_ports = classes().that()
            .resideInAPackage("..application..").and().haveSimpleNameEndingWith("Service")
            .should().notBePublic();
}
