package io.vigil.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.kernel.access.AccessPolicy;
import io.vigil.kernel.access.RoleBasedAccessPolicy;
import io.vigil.kernel.event.DomainEventPublisher;
import io.vigil.kernel.event.InProcessEventBus;
import io.vigil.alerting.application.AlertingServices;
import io.vigil.alerting.port.in.CommunicationTestsUseCase;
import io.vigil.alerting.port.in.EmergencyRequestsUseCase;
import io.vigil.alerting.port.in.ManageAdvisoriesUseCase;
import io.vigil.alerting.port.in.ManageOnCallUseCase;
import io.vigil.alerting.port.in.PhoneTreesUseCase;
import io.vigil.alerting.port.in.RollCallsUseCase;
import io.vigil.kernel.UseCaseBinding;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.port.in.ContactDirectoryUseCase;
import io.vigil.people.port.in.LocatePersonnelUseCase;
import io.vigil.people.port.in.ManageMissionsUseCase;
import io.vigil.people.port.in.ManagePersonsUseCase;
import io.vigil.people.port.in.ManagePresencesUseCase;
import io.vigil.people.port.in.ManageResidencesUseCase;
import io.vigil.people.port.in.ManageWardenZonesUseCase;
import io.vigil.people.port.in.ReportPositionUseCase;
import io.vigil.risk.application.RiskServices;
import io.vigil.risk.port.in.ConfigureRiskPolicyUseCase;
import io.vigil.risk.port.in.ManageAssessmentsUseCase;
import io.vigil.risk.port.in.ManageFacilitiesUseCase;
import io.vigil.risk.port.in.ManageRestrictedAreasUseCase;
import io.vigil.risk.port.in.ManageVenuesUseCase;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;

/**
 * Binds Vigil's use cases to their services, with defaults for the system clock, the
 * role-based access policy and the in-process event bus (override any of them with
 * {@code Modules.override}). Outbound ports (stores, audit log) are left to an adapter module,
 * and the {@link io.vigil.alerting.port.out.MessageGateway} to the host; without them, injector
 * creation fails naming the missing port.
 */
public final class VigilCoreModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(AccessPolicy.class).to(RoleBasedAccessPolicy.class);
        bind(RoleBasedAccessPolicy.class).in(Singleton.class);
        bind(InProcessEventBus.class).in(Singleton.class);
        bind(DomainEventPublisher.class).to(InProcessEventBus.class);
        PeopleServices.bindings().forEach(this::bindUseCase);
        RiskServices.bindings().forEach(this::bindUseCase);
        AlertingServices.bindings().forEach(this::bindUseCase);
    }

    private <T> void bindUseCase(UseCaseBinding<T> b) {
        bind(b.useCase()).to(b.implementation()).in(Singleton.class);
    }

    @Provides
    @Singleton
    PeopleServices.UseCases peopleUseCases(ManagePersonsUseCase persons, ManageResidencesUseCase residences,
                                           ManagePresencesUseCase presences, ManageMissionsUseCase missions,
                                           ReportPositionUseCase positions, LocatePersonnelUseCase locator,
                                           ContactDirectoryUseCase directory, ManageWardenZonesUseCase zones) {
        return new PeopleServices.UseCases(persons, residences, presences, missions, positions, locator,
                directory, zones);
    }

    @Provides
    @Singleton
    RiskServices.UseCases riskUseCases(ManageAssessmentsUseCase assessments, ConfigureRiskPolicyUseCase policy,
                                       ManageRestrictedAreasUseCase areas, ManageVenuesUseCase venues,
                                       ManageFacilitiesUseCase facilities) {
        return new RiskServices.UseCases(assessments, policy, areas, venues, facilities);
    }

    @Provides
    @Singleton
    AlertingServices.UseCases alertingUseCases(ManageOnCallUseCase onCall, EmergencyRequestsUseCase emergencies,
                                               ManageAdvisoriesUseCase advisories, CommunicationTestsUseCase tests,
                                               RollCallsUseCase rollCalls, PhoneTreesUseCase phoneTrees) {
        return new AlertingServices.UseCases(onCall, emergencies, advisories, tests, rollCalls, phoneTrees);
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    Validator validator() {
        ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
        return factory.getValidator();
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
