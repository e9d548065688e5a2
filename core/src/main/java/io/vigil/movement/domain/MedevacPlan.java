package io.vigil.movement.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.store.Versioned;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The medical evacuation plan of one duty station: the receiving facilities, the transport options
 * (air ambulance, road ambulance, commercial flight), the contacts, who is eligible, and the date by
 * which it must be reviewed (past it, the review is overdue).
 */
public record MedevacPlan(MedevacPlanId id, OfficeId office, long version, String dutyStation,
                          List<Facility> facilities, List<String> transport, List<Contact> contacts,
                          List<String> eligible, LocalDate reviewDue) implements Versioned<MedevacPlanId, MedevacPlan> {
    /** The most facilities, transport options, contacts or eligibility entries of one plan, each. */
    public static final int MAX_ENTRIES = 30;

    public MedevacPlan {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        dutyStation = Require.text(dutyStation, "dutyStation", 200);
        facilities = Require.noNulls(facilities, "facilities");
        Require.that(!facilities.isEmpty() && facilities.size() <= MAX_ENTRIES, "facilities",
                "must name 1 to " + MAX_ENTRIES + " receiving facilities");
        transport = Require.noNulls(transport, "transport").stream().map(t -> Require.text(t, "transport", 300))
                .toList();
        Require.that(!transport.isEmpty() && transport.size() <= MAX_ENTRIES, "transport",
                "must name 1 to " + MAX_ENTRIES + " transport options");
        contacts = Require.noNulls(contacts, "contacts");
        Require.that(!contacts.isEmpty() && contacts.size() <= MAX_ENTRIES, "contacts",
                "must name 1 to " + MAX_ENTRIES + " contacts");
        eligible = Require.noNulls(eligible, "eligible").stream().map(e -> Require.text(e, "eligible", 200)).toList();
        Require.that(!eligible.isEmpty() && eligible.size() <= MAX_ENTRIES, "eligible",
                "must name 1 to " + MAX_ENTRIES + " eligible groups");
        Require.nonNull(reviewDue, "reviewDue");
    }

    /** Whether the review was due before {@code today}. */
    public boolean reviewOverdueOn(LocalDate today) {
        return reviewDue.isBefore(today);
    }

    /** A receiving facility: its name, what it can treat, its phone and where it is. */
    public record Facility(String name, String capability, String phone, Optional<GeoPoint> where) {
        public Facility {
            name = Require.text(name, "name", 200);
            capability = Require.text(capability, "capability", 500);
            phone = Require.text(phone, "phone", 40);
            Require.nonNull(where, "where");
        }
    }

    /** A contact of the plan: name, role (insurer, air ambulance, medical officer) and phone. */
    public record Contact(String name, String role, String phone) {
        public Contact {
            name = Require.text(name, "name", 200);
            role = Require.text(role, "role", 200);
            phone = Require.text(phone, "phone", 40);
        }
    }

    @Override
    public MedevacPlan withVersion(long newVersion) {
        return new MedevacPlan(id, office, newVersion, dutyStation, facilities, transport, contacts, eligible,
                reviewDue);
    }
}
