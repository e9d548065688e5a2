package io.vigil.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The architecture STYLE.md describes, enforced over every production class of every module. */
@AnalyzeClasses(packages = "io.vigil", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The core's packages: the shared kernel, the bounded contexts and the Guice wiring. */
    private static final String[] CORE = {"io.vigil.kernel..", "io.vigil.people..", "io.vigil.risk..",
            "io.vigil.alerting..", "io.vigil.wiring.."};
    /** The adapters, which must not know each other. */
    private static final List<String> ADAPTERS = List.of("io.vigil.jdbc..", "io.vigil.files..", "io.vigil.rest..",
            "io.vigil.messaging..");
    /** The bounded contexts of the core (not the kernel, not the wiring). */
    private static final Pattern CONTEXT = Pattern.compile("io\\.vigil\\.(?!kernel|wiring)([a-z]+)\\.(.*)");

    @ArchTest
    static final ArchRule core_imports_only_the_allow_list = classes().that().resideInAnyPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "jakarta.inject..",
                    "jakarta.validation..", "org.slf4j..", "org.locationtech.jts..", "com.google.inject..",
                    "io.vigil.kernel..", "io.vigil.people..", "io.vigil.risk..", "io.vigil.alerting..",
                    "io.vigil.wiring..")
            .because("STYLE.md: core may import only java, jakarta.inject, jakarta.validation, slf4j, JTS and Guice"
                    + " (and the JDK's javax.crypto, for the webhook signature adapters share)");

    @ArchTest
    static final ArchRule guice_only_in_wiring = noClasses().that().resideInAnyPackage(CORE)
            .and().resideOutsideOfPackage("io.vigil.wiring..")
            .should().dependOnClassesThat().resideInAPackage("com.google.inject..");

    @ArchTest
    static final ArchRule bean_validation_only_at_the_inbound_edge = noClasses().that().resideInAnyPackage(CORE)
            .and().resideOutsideOfPackages("..port.in..", "..application..", "io.vigil.kernel.validation..",
                    "io.vigil.wiring..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.validation..");

    @ArchTest
    static final ArchRule logging_only_in_application_services = noClasses().that().resideInAnyPackage(CORE)
            .and().resideOutsideOfPackage("..application..")
            .should().dependOnClassesThat().resideInAPackage("org.slf4j..");

    @ArchTest
    static final ArchRule kernel_knows_no_context = noClasses().that().resideInAPackage("io.vigil.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage("io.vigil.people..", "io.vigil.risk..",
                    "io.vigil.alerting..", "io.vigil.wiring..");

    @ArchTest
    static final ArchRule core_reads_time_from_the_injected_clock = noClasses().that().resideInAnyPackage(CORE)
            .should().callMethod(Instant.class, "now");

    @ArchTest
    static final ArchRule contexts_meet_only_through_port_in_or_events = classes()
            .that().resideInAPackage("io.vigil..")
            .should(notReachIntoAnotherContext());

    @ArchTest
    static final ArchRule adapters_never_depend_on_each_other = adaptersIndependent();

    @ArchTest
    static final ArchRule no_field_injection = noFields().should().beAnnotatedWith(jakarta.inject.Inject.class)
            .orShould().beAnnotatedWith(com.google.inject.Inject.class);

    @ArchTest
    static final ArchRule no_standard_streams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule no_generic_exceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule no_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    private static ArchRule adaptersIndependent() {
        CompositeArchRule rule = null;
        for (String adapter : ADAPTERS) {
            String[] others = ADAPTERS.stream().filter(a -> !a.equals(adapter)).toArray(String[]::new);
            ArchRule one = noClasses().that().resideInAPackage(adapter).should().dependOnClassesThat()
                    .resideInAnyPackage(others);
            rule = rule == null ? CompositeArchRule.of(one) : rule.and(one);
        }
        return rule;
    }

    /**
     * A class of one context may use another context only through its {@code port.in} or
     * {@code event} packages; its domain, application and port.out are its own.
     */
    private static ArchCondition<JavaClass> notReachIntoAnotherContext() {
        return new ArchCondition<>("use other contexts only through port.in or events") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = context(origin.getPackageName());
                if (own.isEmpty()) {
                    return; // the kernel, the wiring and the adapters may see every context
                }
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    Optional<String> theirs = context(target);
                    boolean foreign = theirs.isPresent() && !theirs.equals(own);
                    boolean open = target.contains(".port.in") || target.endsWith(".event");
                    if (foreign && !open) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> context(String pkg) {
        Matcher m = CONTEXT.matcher(pkg + ".");
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1);
        boolean adapter = ADAPTERS.contains("io.vigil." + name + "..");
        return adapter || List.of("json", "testkit", "examples", "benchmarks").contains(name) ? Optional.empty()
                : Optional.of(name);
    }
}
