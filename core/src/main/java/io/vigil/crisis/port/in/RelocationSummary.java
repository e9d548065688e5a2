package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.ActivationId;
import io.vigil.crisis.domain.Evacuee;
import io.vigil.crisis.domain.Relocation;
import io.vigil.crisis.domain.RelocationCounts;
import io.vigil.crisis.domain.RelocationId;
import io.vigil.crisis.domain.RelocationKind;
import io.vigil.kernel.PersonId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A declared relocation naming nobody: what, where, when, by whom, its figures and its shortfall as
 * the size of each household no seat was found for (largest first): what a manager reads.
 */
public record RelocationSummary(RelocationId id, RelocationKind kind, String area, String areaName, String haven,
                                Instant at, String declaredBy, Instant declaredAt, Optional<ActivationId> activation,
                                RelocationCounts counts, List<Integer> shortfallHouseholdSizes) {
    public RelocationSummary {
        shortfallHouseholdSizes = List.copyOf(shortfallHouseholdSizes);
    }

    /** The relocation's summary. */
    public static RelocationSummary of(Relocation r) {
        Map<PersonId, Integer> sizes = new LinkedHashMap<>();
        r.shortfall().stream().map(Evacuee::household).forEach(h -> sizes.merge(h, 1, Integer::sum));
        return new RelocationSummary(r.id(), r.kind(), r.area(), r.areaName(), r.haven(), r.at(), r.declaredBy(),
                r.declaredAt(), r.activation(), r.counts(),
                sizes.values().stream().sorted((a, b) -> b - a).toList());
    }
}
