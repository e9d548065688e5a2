package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.kernel.PersonId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link CheckInLog} in memory: the first answer per person and test wins, atomically. */
public final class InMemoryCheckInLog implements CheckInLog {
    private final Map<CommTestId, Map<PersonId, CheckIn>> byTest = new ConcurrentHashMap<>();

    @Override
    public boolean record(CommTestId test, CheckIn checkIn) {
        return byTest.computeIfAbsent(test, t -> new ConcurrentHashMap<>()).putIfAbsent(checkIn.person(), checkIn)
                == null;
    }

    @Override
    public Optional<CheckIn> answerOf(CommTestId test, PersonId person) {
        return Optional.ofNullable(byTest.getOrDefault(test, Map.of()).get(person));
    }

    @Override
    public List<CheckIn> of(CommTestId test) {
        return byTest.getOrDefault(test, Map.of()).values().stream().sorted(CheckInLog.BY_TIME).toList();
    }
}
