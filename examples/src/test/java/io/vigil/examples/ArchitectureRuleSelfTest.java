package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Proves the context rule bites: with one context in core today, it would otherwise pass vacuously. */
class ArchitectureRuleSelfTest {

    @Test
    void a_context_reaching_into_another_contexts_domain_is_reported() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.vigil.alpha", "io.vigil.beta");
        assertThatThrownBy(() -> ArchitectureTest.contexts_meet_only_through_port_in_or_events.check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("AlphaService")
                .hasMessageContaining("BetaRecord");
    }

    @Test
    void a_context_using_its_own_domain_and_another_contexts_port_in_is_fine() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.vigil.beta");
        assertThatCode(() -> ArchitectureTest.contexts_meet_only_through_port_in_or_events.check(fixture))
                .doesNotThrowAnyException();
    }
}
