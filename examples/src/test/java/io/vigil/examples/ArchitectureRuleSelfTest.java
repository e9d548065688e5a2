package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.vigil.jdbc.alpha.JdbcAlphaStore;
import io.vigil.rest.alpha.AlphaRoutes;
import io.vigil.rest.beta.BetaRoutes;
import io.vigil.rest.mixed.MixedStores;
import io.vigil.wiring.fixture.MixedWiring;
import org.junit.jupiter.api.Test;

/**
 * Proves the architecture rules that production code passes bite, on fixture classes that break
 * them (and on fixtures that keep them, so a rule that refuses everything is caught too).
 */
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

    @Test
    void an_adapter_that_depends_on_an_application_package_is_reported() {
        JavaClasses fixture = new ClassFileImporter().importClasses(AlphaRoutes.class);
        assertThatThrownBy(() -> ArchitectureTest.adapters_see_no_application_package.check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("AlphaRoutes")
                .hasMessageContaining("AlphaService");
    }

    @Test
    void adapters_that_see_only_port_in_port_out_and_domain_are_fine() {
        JavaClasses fixture = new ClassFileImporter().importClasses(BetaRoutes.class, JdbcAlphaStore.class);
        assertThatCode(() -> ArchitectureTest.adapters_see_no_application_package.check(fixture))
                .doesNotThrowAnyException();
    }

    @Test
    void a_class_outside_the_composition_roots_naming_two_contexts_ports_is_reported() {
        JavaClasses fixture = new ClassFileImporter().importClasses(MixedStores.class);
        assertThatThrownBy(() -> ArchitectureTest.only_composition_roots_name_several_contexts_ports.check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("MixedStores names the outbound ports of [alpha, beta]");
    }

    @Test
    void a_composition_root_may_name_several_contexts_ports_and_an_adapter_one() {
        JavaClasses fixture = new ClassFileImporter().importClasses(MixedWiring.class, JdbcAlphaStore.class);
        assertThatCode(() -> ArchitectureTest.only_composition_roots_name_several_contexts_ports.check(fixture))
                .doesNotThrowAnyException();
    }
}
