package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.kernel.PersonId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link CheckInLog} in memory: per person and test, the first answer and every change, atomically. */
public final class InMemoryCheckInLog implements CheckInLog {
    private final Map<CommTestId, Map<PersonId, List<CheckIn>>> byTest = new ConcurrentHashMap<>();

    @Override
    public boolean record(CommTestId test, CheckIn checkIn) {
        boolean[] recorded = {false};
        byTest.computeIfAbsent(test, t -> new ConcurrentHashMap<>()).compute(checkIn.person(), (p, answers) -> {
            if (answers != null && answers.get(answers.size() - 1).answer() == checkIn.answer()) {
                return answers;
            }
            List<CheckIn> next = answers == null ? new ArrayList<>() : new ArrayList<>(answers);
            next.add(checkIn);
            recorded[0] = true;
            return List.copyOf(next);
        });
        return recorded[0];
    }

    @Override
    public List<CheckIn> answersOf(CommTestId test, PersonId person) {
        return byTest.getOrDefault(test, Map.of()).getOrDefault(person, List.of());
    }

    @Override
    public List<CheckIn> of(CommTestId test) {
        return byTest.getOrDefault(test, Map.of()).values().stream().flatMap(List::stream).sorted(CheckInLog.BY_TIME)
                .toList();
    }
}
