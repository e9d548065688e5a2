package io.vigil.testkit.memory.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.PresenceId;
import io.vigil.people.port.out.PresenceLog;
import io.vigil.testkit.contract.people.PresenceLogContract;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryPresenceLogTest extends PresenceLogContract {
    private static final InMemoryPresenceLog STORE = new InMemoryPresenceLog();

    @Override
    protected PresenceLog store() {
        return STORE;
    }

    @Test
    void a_stay_saved_again_for_another_person_or_deleted_leaves_the_index_by_person() {
        InMemoryPresenceLog log = new InMemoryPresenceLog();
        PersonId first = PersonId.random();
        PersonId second = PersonId.random();
        Instant arrival = Instant.parse("2026-03-01T08:00:00Z");
        Presence saved = log.save(new Presence(PresenceId.random(), OfficeId.of("MX-MEX"), 0, first, arrival,
                Optional.empty()));
        Presence moved = log.save(new Presence(saved.id(), saved.office(), saved.version(), second, arrival,
                Optional.empty()));
        assertThat(log.ofPerson(first)).isEmpty();
        assertThat(log.ofPerson(second)).containsExactly(moved);
        assertThat(log.ofPersons(List.of(first, second))).containsEntry(first, List.of())
                .containsEntry(second, List.of(moved));
        log.delete(moved.id(), moved.version());
        assertThat(log.ofPerson(second)).isEmpty();
    }
}
