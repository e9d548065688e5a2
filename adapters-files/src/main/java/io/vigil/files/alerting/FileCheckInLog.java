package io.vigil.files.alerting;

import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.PersonId;
import java.util.List;
import java.util.Optional;

/** {@link CheckInLog} on JSON files: one file per test and person, written only if absent. */
final class FileCheckInLog implements CheckInLog {
    private final JsonDirectory<StoredCheckIn> files;

    /** A check-in with its test, as stored. */
    record StoredCheckIn(CommTestId test, CheckIn checkIn) {
        String key() {
            return test + "-" + checkIn.person();
        }
    }

    FileCheckInLog(JsonDirectory<StoredCheckIn> files) {
        this.files = files;
    }

    @Override
    public boolean record(CommTestId test, CheckIn checkIn) {
        return files.putIfAbsent(new StoredCheckIn(test, checkIn));
    }

    @Override
    public Optional<CheckIn> answerOf(CommTestId test, PersonId person) {
        return Optional.ofNullable(files.get(test + "-" + person)).map(StoredCheckIn::checkIn);
    }

    @Override
    public List<CheckIn> of(CommTestId test) {
        return files.stream().filter(s -> s.test().equals(test)).map(StoredCheckIn::checkIn)
                .sorted(CheckInLog.BY_TIME).toList();
    }
}
