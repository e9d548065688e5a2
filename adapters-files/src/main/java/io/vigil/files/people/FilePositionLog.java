package io.vigil.files.people;

import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.PositionReport;
import io.vigil.people.port.out.PositionLog;
import java.util.List;
import java.util.Optional;

/** {@link PositionLog} on JSON files, one file per report. */
final class FilePositionLog implements PositionLog {
    private final JsonDirectory<PositionReport> files;

    FilePositionLog(JsonDirectory<PositionReport> files) {
        this.files = files;
    }

    @Override
    public synchronized void append(PositionReport report) {
        if (files.get(report.id().toString()) == null) {
            files.put(report);
        }
    }

    @Override
    public Optional<PositionReport> latest(PersonId person) {
        return files.stream().filter(r -> r.person().equals(person)).min(NEWEST_FIRST);
    }

    @Override
    public List<PositionReport> ofPerson(PersonId person, int limit) {
        return files.stream().filter(r -> r.person().equals(person)).sorted(NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public List<PositionReport> within(OfficeId office, GeoBox box, TimeWindow window) {
        return files.stream().filter(r -> r.office().equals(office) && box.contains(r.position())
                && window.contains(r.at())).toList();
    }
}
