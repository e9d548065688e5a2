package io.vigil.people.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.store.Versioned;
import io.vigil.kernel.time.TimeWindow;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A visiting mission or a duty trip: its members travel the itinerary legs together; each hotel
 * stay names its guests (a stay naming nobody is by every member, and is stored naming them all).
 */
public record Mission(MissionId id, OfficeId office, long version, String name, String purpose,
                      List<PersonId> members, List<ItineraryLeg> legs, List<HotelStay> stays)
        implements Versioned<MissionId, Mission> {

    public Mission {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        name = Require.text(name, "name", 200);
        purpose = purpose == null ? "" : purpose.strip();
        Require.that(purpose.length() <= 2000, "purpose", "must be at most 2000 characters");
        members = List.copyOf(new LinkedHashSet<>(Require.nonNull(members, "members")));
        Require.that(!members.isEmpty(), "members", "must not be empty");
        legs = List.copyOf(Require.nonNull(legs, "legs"));
        List<PersonId> everyone = members;
        stays = Require.nonNull(stays, "stays").stream().map(s -> {
            Require.nonNull(s, "stays");
            return s.guests().isEmpty() ? s.withGuests(everyone) : s;
        }).toList();
        Require.that(stays.stream().allMatch(s -> everyone.containsAll(s.guests())), "stays.guests",
                "must be members of the mission");
    }

    @Override
    public Mission withVersion(long newVersion) {
        return new Mission(id, office, newVersion, name, purpose, members, legs, stays);
    }

    /**
     * Whether any leg or stay may place the members inside {@code box} during {@code window}: the
     * coarse test stores use to pick candidates for the locator, which then checks exactly.
     */
    public boolean mayBeWithin(GeoBox box, TimeWindow window) {
        for (ItineraryLeg l : legs) { // plain loops: stores ask this of every candidate
            if (l.bounds().intersects(box) && window.overlaps(l.departure(), l.arrival())) {
                return true;
            }
        }
        for (HotelStay s : stays) {
            if (box.contains(s.hotel().point()) && window.overlaps(s.checkIn(), s.checkOut())) {
                return true;
            }
        }
        return false;
    }
}
