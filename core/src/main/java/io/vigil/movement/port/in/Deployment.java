package io.vigil.movement.port.in;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import io.vigil.movement.domain.MovementId;
import java.time.Instant;
import java.util.List;

/**
 * The office's deployment numbers at an instant: per warden zone, how many of its persons are
 * present there and how many travel through it on a movement under way. {@code named} says whether
 * the persons are listed (readers of the office's movements) or only counted (managers): counted
 * only, every list is empty.
 */
public record Deployment(OfficeId office, Instant at, boolean named, List<Area> areas) {
    public Deployment {
        Require.nonNull(office, "office");
        Require.nonNull(at, "at");
        areas = Require.noNulls(areas, "areas");
    }

    /** One zone's numbers, with the persons behind them when named. */
    public record Area(WardenZoneId zone, String name, int present, int travelling,
                       List<Present> presentPersons, List<Travelling> travellingPersons) {
        public Area {
            Require.nonNull(zone, "zone");
            Require.text(name, "name");
            Require.that(present >= 0, "present", "must not be negative");
            Require.that(travelling >= 0, "travelling", "must not be negative");
            presentPersons = Require.noNulls(presentPersons, "presentPersons");
            travellingPersons = Require.noNulls(travellingPersons, "travellingPersons");
        }
    }

    /** A person the people context's records place in the zone, with the first reason in words. */
    public record Present(PersonId person, String reason) {
        public Present {
            Require.nonNull(person, "person");
            Require.text(reason, "reason");
        }
    }

    /** A passenger or convoy leader of a movement under way whose route passes through the zone. */
    public record Travelling(PersonId person, MovementId movement, String title) {
        public Travelling {
            Require.nonNull(person, "person");
            Require.nonNull(movement, "movement");
            Require.text(title, "title");
        }
    }
}
