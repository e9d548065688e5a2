package io.vigil.rest.people;

import io.vigil.kernel.PersonId;
import io.vigil.people.port.in.ZoneRoster;
import java.time.Instant;
import java.util.List;

/** A zone's roster as the API shows it. */
public record ZoneRosterResource(String zone, String name, Instant at, List<String> wardens, int count,
                                 List<Entry> entries) {

    /** One person on the roster. */
    public record Entry(String person, String displayName, String category, ZoneRoster.Role role, String place,
                        String phone, String email, Instant until) {
    }

    public static ZoneRosterResource from(ZoneRoster r) {
        return new ZoneRosterResource(r.zone().value(), r.name(), r.at(),
                r.wardens().stream().map(PersonId::toString).toList(), r.entries().size(),
                r.entries().stream().map(e -> new Entry(e.person().toString(), e.displayName(), e.category(), e.role(),
                        e.place(), e.phone().orElse(null), e.email().orElse(null), e.until().orElse(null))).toList());
    }
}
