package io.vigil.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The architecture docs/architecture.md describes, enforced over every production class of every
 * module. The bounded contexts are found by package: every {@code io.vigil.<name>} that is not the
 * kernel, the wiring or the root package of another module is a context of the core, so a new
 * context is covered without editing this file.
 */
@AnalyzeClasses(packages = "io.vigil", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The root packages of the modules other than core: adapters, their support, tests, the app. */
    private static final Set<String> MODULE_ROOTS = Set.of("jdbc", "files", "rest", "messaging", "json", "testkit",
            "examples", "benchmarks");
    /** The adapters, which must not know each other ({@code json} is the support they share). */
    private static final List<String> ADAPTERS = List.of("io.vigil.jdbc..", "io.vigil.files..", "io.vigil.rest..",
            "io.vigil.messaging..");
    /** {@code io.vigil.<root>.<rest>}: the first segment names the kernel, the wiring, a context or a module. */
    private static final Pattern ROOT = Pattern.compile("io\\.vigil\\.([a-z]+)(\\..*)?");
    /** The composition roots, which alone may assemble several contexts' outbound ports. */
    private static final List<String> COMPOSITION_ROOTS = List.of("io.vigil.wiring", "io.vigil.examples",
            "io.vigil.testkit.memory");

    private static final DescribedPredicate<JavaClass> IN_CORE = DescribedPredicate.describe("in the core",
            c -> root(c.getPackageName()).filter(r -> !MODULE_ROOTS.contains(r)).isPresent());
    private static final DescribedPredicate<JavaClass> OUTSIDE_CORE = DescribedPredicate.not(IN_CORE)
            .and(DescribedPredicate.describe("in io.vigil", c -> root(c.getPackageName()).isPresent()));

    @ArchTest
    static final ArchRule core_imports_only_the_allow_list = classes().that(IN_CORE)
            .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java..", "jakarta.inject..",
                    "jakarta.validation..", "org.slf4j..", "org.locationtech.jts..", "org.shredzone.commons.suncalc..",
                    "org.dmfs..",
                    "com.google.inject..")
                    .or(IN_CORE))
            .because("docs/architecture.md: core may import only java, jakarta.inject, jakarta.validation, slf4j,"
                    + " JTS, commons-suncalc, lib-recur and Guice");

    @ArchTest
    static final ArchRule guice_only_in_wiring = noClasses().that(IN_CORE)
            .and().resideOutsideOfPackage("io.vigil.wiring..")
            .should().dependOnClassesThat().resideInAPackage("com.google.inject..");

    @ArchTest
    static final ArchRule bean_validation_only_at_the_inbound_edge = noClasses().that(IN_CORE)
            .and().resideOutsideOfPackages("..port.in..", "..application..", "io.vigil.kernel.validation..",
                    "io.vigil.wiring..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.validation..");

    @ArchTest
    static final ArchRule logging_only_in_application_services = noClasses().that(IN_CORE)
            .and().resideOutsideOfPackage("..application..")
            .should().dependOnClassesThat().resideInAPackage("org.slf4j..");

    @ArchTest
    static final ArchRule kernel_knows_no_context = noClasses().that().resideInAPackage("io.vigil.kernel..")
            .should().dependOnClassesThat(IN_CORE.and(DescribedPredicate.describe("outside the kernel",
                    c -> !c.getPackageName().startsWith("io.vigil.kernel"))));

    @ArchTest
    static final ArchRule core_reads_time_from_the_injected_clock = noClasses().that(IN_CORE)
            .should().callMethod(Instant.class, "now");

    @ArchTest
    static final ArchRule contexts_meet_only_through_port_in_or_events = classes()
            .that().resideInAPackage("io.vigil..")
            .should(notReachIntoAnotherContext());

    @ArchTest
    static final ArchRule adapters_see_no_application_package = noClasses().that(OUTSIDE_CORE)
            .should().dependOnClassesThat(IN_CORE.and(JavaClass.Predicates.resideInAPackage("..application..")))
            .because("adapters, REST and hosts see only port.in, port.out, domain and the kernel");

    @ArchTest
    static final ArchRule only_composition_roots_name_several_contexts_ports = classes()
            .that().resideInAPackage("io.vigil..").and().resideOutsideOfPackages(
                    COMPOSITION_ROOTS.stream().map(p -> p.equals("io.vigil.wiring") ? p + ".." : p)
                            .toArray(String[]::new))
            .should(nameTheOutboundPortsOfOneContextAtMost());

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
                    return; // the kernel, the wiring and the other modules may see every context
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

    /** Outside the composition roots, a class depends on the {@code port.out} of one context at most. */
    private static ArchCondition<JavaClass> nameTheOutboundPortsOfOneContextAtMost() {
        return new ArchCondition<>("name the outbound ports of one context at most") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Set<String> contexts = new TreeSet<>();
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    if (target.endsWith(".port.out")) {
                        context(target).ifPresent(contexts::add);
                    }
                }
                if (contexts.size() > 1) {
                    events.add(SimpleConditionEvent.violated(origin, origin.getName()
                            + " names the outbound ports of " + contexts));
                }
            }
        };
    }

    private static Optional<String> root(String pkg) {
        Matcher m = ROOT.matcher(pkg);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The context a core package belongs to; empty for the kernel, the wiring and other modules. */
    private static Optional<String> context(String pkg) {
        return root(pkg).filter(r -> !MODULE_ROOTS.contains(r) && !r.equals("kernel") && !r.equals("wiring"));
    }
}
