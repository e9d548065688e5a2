package io.vigil.files.alerting;

import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.PersonId;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link CheckInLog} on JSON files: a person's first answer in the file named by test and person
 * (as release 0.1 stored it), each change of answer after it in the same name followed by its
 * number ({@code -2}, {@code -3}, ...), written only if absent.
 */
final class FileCheckInLog implements CheckInLog {
    private final JsonDirectory<StoredCheckIn> files;

    /** A check-in with its test and its number among the person's answers (absent or 1: the first), as stored. */
    record StoredCheckIn(CommTestId test, CheckIn checkIn, Integer seq) {
        StoredCheckIn(CommTestId test, CheckIn checkIn) {
            this(test, checkIn, null);
        }

        String key() {
            return key(test, checkIn.person(), seq == null ? 1 : seq);
        }

        static String key(CommTestId test, PersonId person, int seq) {
            return seq <= 1 ? test + "-" + person : test + "-" + person + "-" + seq;
        }
    }

    FileCheckInLog(JsonDirectory<StoredCheckIn> files) {
        this.files = files;
    }

    @Override
    public boolean record(CommTestId test, CheckIn checkIn) {
        synchronized (files) {
            List<CheckIn> answers = answersOf(test, checkIn.person());
            if (answers.isEmpty()) {
                return files.putIfAbsent(new StoredCheckIn(test, checkIn));
            }
            if (answers.get(answers.size() - 1).answer() == checkIn.answer()) {
                return false;
            }
            return files.putIfAbsent(new StoredCheckIn(test, checkIn, answers.size() + 1));
        }
    }

    @Override
    public List<CheckIn> answersOf(CommTestId test, PersonId person) {
        List<CheckIn> answers = new ArrayList<>();
        for (int seq = 1; ; seq++) {
            StoredCheckIn stored = files.get(StoredCheckIn.key(test, person, seq));
            if (stored == null) {
                return answers;
            }
            answers.add(stored.checkIn());
        }
    }

    @Override
    public List<CheckIn> of(CommTestId test) {
        return files.stream().filter(s -> s.test().equals(test)).map(StoredCheckIn::checkIn)
                .sorted(CheckInLog.BY_TIME).toList();
    }
}
