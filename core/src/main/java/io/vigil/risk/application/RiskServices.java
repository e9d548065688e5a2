package io.vigil.risk.application;

import io.vigil.kernel.UseCaseBinding;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessPolicy;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.risk.port.in.ConfigureRiskPolicyUseCase;
import io.vigil.risk.port.in.ManageAssessmentsUseCase;
import io.vigil.risk.port.in.ManageFacilitiesUseCase;
import io.vigil.risk.port.in.ManageRestrictedAreasUseCase;
import io.vigil.risk.port.in.ManageVenuesUseCase;
import io.vigil.risk.port.out.AssessmentRegistry;
import io.vigil.risk.port.out.FacilityRegistry;
import io.vigil.risk.port.out.RestrictedAreaRegistry;
import io.vigil.risk.port.out.RiskPolicyStore;
import io.vigil.risk.port.out.VenueRegistry;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;

/**
 * The risk management context's entry points: which service implements which use case (for a
 * DI container) and a plain factory for hosts that wire by hand.
 */
public final class RiskServices {
    private RiskServices() {
    }

    /** The outbound ports the risk context needs. */
    public record Ports(AssessmentRegistry assessments, RiskPolicyStore policies, RestrictedAreaRegistry areas,
                        VenueRegistry venues, FacilityRegistry facilities, AuditLog audit) {
    }

    /** The risk context's use cases, wired. */
    public record UseCases(ManageAssessmentsUseCase assessments, ConfigureRiskPolicyUseCase policy,
                           ManageRestrictedAreasUseCase areas, ManageVenuesUseCase venues,
                           ManageFacilitiesUseCase facilities) {
    }

    /** Every use case of the context with its implementation. */
    public static List<UseCaseBinding<?>> bindings() {
        return List.of(
                new UseCaseBinding<>(ManageAssessmentsUseCase.class, AssessmentService.class),
                new UseCaseBinding<>(ConfigureRiskPolicyUseCase.class, RiskPolicyService.class),
                new UseCaseBinding<>(ManageRestrictedAreasUseCase.class, RestrictedAreaService.class),
                new UseCaseBinding<>(ManageVenuesUseCase.class, VenueService.class),
                new UseCaseBinding<>(ManageFacilitiesUseCase.class, FacilityService.class));
    }

    /** Wires the use cases by hand, without a container. */
    public static UseCases create(Ports ports, Clock clock, AccessPolicy policy, Validator validator) {
        CommandValidator commands = new CommandValidator(validator);
        AccessGuard guard = new AccessGuard(policy, ports.audit(), clock);
        return new UseCases(new AssessmentService(ports.assessments(), ports.policies(), guard, commands, clock),
                new RiskPolicyService(ports.policies(), guard, commands),
                new RestrictedAreaService(ports.areas(), guard, commands),
                new VenueService(ports.venues(), guard, commands),
                new FacilityService(ports.facilities(), guard, commands));
    }
}
