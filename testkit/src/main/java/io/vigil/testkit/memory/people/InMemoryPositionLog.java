package io.vigil.testkit.memory.people;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.PositionReport;
import io.vigil.people.port.out.PositionLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link PositionLog} in memory, with a grid over positions and times ({@link SpanGrid}) that files
 * each report itself, so a query reads no map.
 */
public final class InMemoryPositionLog implements PositionLog {
    private final Map<UUID, PositionReport> byId = new LinkedHashMap<>();
    private final SpanGrid<PositionReport> index = new SpanGrid<>();

    @Override
    public synchronized void append(PositionReport report) {
        if (byId.putIfAbsent(report.id(), report) == null) {
            index.put(report, new GeoBox(report.position().latitude(), report.position().longitude(),
                    report.position().latitude(), report.position().longitude()), report.at(), report.at());
        }
    }

    @Override
    public synchronized Optional<PositionReport> latest(PersonId person) {
        return byId.values().stream().filter(r -> r.person().equals(person)).min(NEWEST_FIRST);
    }

    @Override
    public synchronized List<PositionReport> ofPerson(PersonId person, int limit) {
        return byId.values().stream().filter(r -> r.person().equals(person)).sorted(NEWEST_FIRST).limit(limit)
                .toList();
    }

    /** Each report once: the grid holds one entry per report appended. */
    @Override
    public synchronized List<PositionReport> within(OfficeId office, GeoBox box, TimeWindow window) {
        List<PositionReport> found = new ArrayList<>();
        index.forEach(box, window.from(), window.to(), r -> {
            if (r.office().equals(office) && box.contains(r.position()) && window.contains(r.at())) {
                found.add(r);
            }
        });
        return found;
    }

    /** The bytes of the position index's arrays. */
    public synchronized long indexBytes() {
        return index.bytes();
    }
}
