package io.vigil.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditTrail;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.ManagePersonsUseCase;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.wiring.VigilCoreModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Guice modules as a host uses them. */
class WiringTest {

    @Test
    void the_core_and_an_adapter_module_give_every_use_case_over_one_set_of_ports() {
        Injector injector = Guice.createInjector(new VigilCoreModule(), new InMemoryAdapterModule());
        PeopleUseCases people = injector.getInstance(PeopleUseCases.class);
        assertThat(people.persons()).isSameAs(injector.getInstance(ManagePersonsUseCase.class));
        assertThat(injector.getInstance(AuditTrail.class)).isNotNull();
        Actor officer = Actor.of("officer", OfficeId.of("MX-MEX"), Role.SECURITY_OFFICER);
        var ana = people.persons().register(officer, new PersonDetails("Ana", "Ruiz", PersonCategory.CONSULTANT,
                "IFC", null, List.of(), List.of(), null, null));
        assertThat(injector.getInstance(PersonDirectory.class).findById(ana.person().id())).isPresent();
    }

    @Test
    void without_an_adapter_module_creation_fails_naming_the_missing_ports() {
        assertThatThrownBy(() -> Guice.createInjector(new VigilCoreModule()).getInstance(ManagePersonsUseCase.class))
                .hasMessageContaining("PeoplePorts").hasMessageContaining("AuditLog");
    }

    @Test
    void installing_the_core_module_twice_is_harmless() {
        Injector injector = Guice.createInjector(new VigilCoreModule(), new VigilCoreModule(),
                new InMemoryAdapterModule());
        assertThat(injector.getInstance(ManagePersonsUseCase.class)).isNotNull();
    }

    @Test
    void a_missing_binding_is_reported_at_creation_when_asked_for_eagerly() {
        assertThatThrownBy(() -> Guice.createInjector(new VigilCoreModule(),
                binder -> binder.getProvider(ManagePersonsUseCase.class)))
                .isInstanceOf(CreationException.class).hasMessageContaining("PeoplePorts");
    }
}
