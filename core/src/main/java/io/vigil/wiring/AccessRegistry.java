package io.vigil.wiring;

import io.vigil.alerting.domain.AlertingData;
import io.vigil.awareness.domain.AwarenessData;
import io.vigil.travel.domain.TravelData;
import io.vigil.guard.domain.GuardData;
import io.vigil.incident.domain.IncidentData;
import io.vigil.crisis.domain.CrisisData;
import io.vigil.documents.domain.DocumentsData;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Grant;
import io.vigil.kernel.access.KernelData;
import io.vigil.liaison.domain.LiaisonData;
import io.vigil.kernel.access.RoleBasedAccessPolicy;
import io.vigil.movement.domain.MovementData;
import io.vigil.people.domain.PeopleData;
import io.vigil.review.domain.ReviewData;
import io.vigil.risk.domain.RiskData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every context's data classes and grant rows, in one place: the default access policy is built
 * from them and stored data classes are read back by name through them. A new context adds its
 * line to {@code CONTEXTS}.
 */
public final class AccessRegistry {
    private static final List<Contribution> CONTEXTS = List.of(
            new Contribution(List.of(KernelData.values()), KernelData.grants()),
            new Contribution(List.of(PeopleData.values()), PeopleData.grants()),
            new Contribution(List.of(RiskData.values()), RiskData.grants()),
            new Contribution(List.of(AlertingData.values()), AlertingData.grants()),
            new Contribution(List.of(AwarenessData.values()), AwarenessData.grants()),
            new Contribution(List.of(TravelData.values()), TravelData.grants()),
            new Contribution(List.of(MovementData.values()), MovementData.grants()),
            new Contribution(List.of(GuardData.values()), GuardData.grants()),
            new Contribution(List.of(IncidentData.values()), IncidentData.grants()),
            new Contribution(List.of(CrisisData.values()), CrisisData.grants()),
            new Contribution(List.of(DocumentsData.values()), DocumentsData.grants()),
            new Contribution(List.of(LiaisonData.values()), LiaisonData.grants()),
            new Contribution(List.of(ReviewData.values()), ReviewData.grants()));
    private static final Map<String, DataClass> BY_NAME = byName();

    private AccessRegistry() {
    }

    /** Every data class of every context, the kernel's first. */
    public static List<DataClass> dataClasses() {
        return List.copyOf(BY_NAME.values());
    }

    /** The data class of that name, if a context declares one. */
    public static Optional<DataClass> dataClass(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Every context's grant rows. */
    public static List<Grant> grants() {
        return CONTEXTS.stream().flatMap(c -> c.grants().stream()).toList();
    }

    /** The default need-to-know policy: {@link RoleBasedAccessPolicy} over every context's rows. */
    public static RoleBasedAccessPolicy defaultPolicy() {
        return new RoleBasedAccessPolicy(grants());
    }

    private static Map<String, DataClass> byName() {
        Map<String, DataClass> found = new LinkedHashMap<>();
        for (DataClass c : CONTEXTS.stream().flatMap(x -> x.classes().stream()).toList()) {
            DataClass other = found.putIfAbsent(c.name(), c);
            if (other != null) {
                throw new IllegalStateException("data class " + c.name() + " is declared by both "
                        + other.getClass().getName() + " and " + c.getClass().getName());
            }
        }
        return found;
    }

    /** What one context contributes: its data classes and the grant rows about them. */
    private record Contribution(List<? extends DataClass> classes, List<Grant> grants) {
    }
}
