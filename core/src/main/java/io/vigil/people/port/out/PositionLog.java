package io.vigil.people.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.PositionReport;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Outbound port: the append-only log of positions persons reported. */
public interface PositionLog {

    /** The order of every answer about reports: newest first, ties by id. */
    Comparator<PositionReport> NEWEST_FIRST = Comparator.comparing(PositionReport::at).reversed()
            .thenComparing(r -> r.id().toString());

    /** Appends a report; appending a report whose id is already stored changes nothing (retries are safe). */
    void append(PositionReport report);

    /** The person's latest report (by time, ties by id), if any. */
    Optional<PositionReport> latest(PersonId person);

    /** The person's reports, newest first (ties by id), at most {@code limit}. */
    List<PositionReport> ofPerson(PersonId person, int limit);

    /** Every report of the office inside the box and the window (ends included), in any order. */
    List<PositionReport> within(OfficeId office, GeoBox box, TimeWindow window);
}
