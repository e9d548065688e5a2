package io.vigil.rest.movement;

import io.vigil.kernel.geo.GeoPoint;
import io.vigil.movement.domain.MedevacPlan;
import io.vigil.rest.resource.Identified;
import java.time.LocalDate;
import java.util.List;

/** A duty station's MEDEVAC plan as the API shows it, with whether its review is overdue today (UTC day). */
public record MedevacPlanResource(String id, String office, long version, String dutyStation,
                                  List<FacilityResource> facilities, List<String> transport,
                                  List<MedevacPlan.Contact> contacts, List<String> eligible, LocalDate reviewDue,
                                  boolean reviewOverdue) implements Identified {

    /** The plan on {@code today}. */
    public static MedevacPlanResource from(MedevacPlan p, LocalDate today) {
        return new MedevacPlanResource(p.id().toString(), p.office().value(), p.version(), p.dutyStation(),
                p.facilities().stream().map(f -> new FacilityResource(f.name(), f.capability(), f.phone(),
                        f.where().orElse(null))).toList(), p.transport(), p.contacts(), p.eligible(), p.reviewDue(),
                p.reviewOverdueOn(today));
    }

    /** A receiving facility: name, what it can treat, phone, where (null when not given). */
    public record FacilityResource(String name, String capability, String phone, GeoPoint where) {
    }
}
