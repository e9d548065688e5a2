package io.vigil.rest.crisis;

import io.vigil.crisis.domain.EvacueeCategory;
import io.vigil.crisis.domain.EvacueeStatus;
import io.vigil.crisis.domain.Evacuee;
import io.vigil.crisis.domain.Relocation;
import io.vigil.crisis.domain.RelocationCounts;
import io.vigil.crisis.domain.RelocationKind;
import io.vigil.crisis.domain.StatusChange;
import io.vigil.crisis.domain.TransportOption;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A declared relocation or evacuation with its whole list, as the API shows it to the security
 * roles and the SOC: each person with their household, where the locator placed them, their seat
 * (none: in the shortfall), their state and every state recorded; the figures.
 */
public record RelocationResource(String id, String office, long version, RelocationKind kind, String area,
                                 String areaName, String haven, Instant at, String declaredBy, Instant declaredAt,
                                 Optional<String> activation, List<TransportOption> transport,
                                 List<EvacueeCategory> priority, RelocationCounts counts, List<Entry> evacuees)
        implements Identified {

    /** The relocation's resource. */
    public static RelocationResource from(Relocation r) {
        return new RelocationResource(r.id().toString(), r.office().value(), r.version(), r.kind(), r.area(),
                r.areaName(), r.haven(), r.at(), r.declaredBy(), r.declaredAt(), r.activation().map(Object::toString),
                r.transport(), r.priority(), r.counts(), r.evacuees().stream().map(Entry::from).toList());
    }

    /** A person on the list: seat ({@code transport} absent: in the shortfall), state since when, every state recorded. */
    public record Entry(String person, String name, EvacueeCategory category, String household, String place,
                        Optional<String> transport, EvacueeStatus status, Optional<Instant> since,
                        List<StatusChange> changes) {
        /** The entry of a person on the list. */
        public static Entry from(Evacuee e) {
            return new Entry(e.person().toString(), e.name(), e.category(), e.household().toString(), e.place(),
                    e.transport(), e.status(), e.since(), e.changes());
        }
    }
}
