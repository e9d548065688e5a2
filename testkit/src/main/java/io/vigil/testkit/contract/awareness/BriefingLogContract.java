package io.vigil.testkit.contract.awareness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.awareness.domain.Briefing;
import io.vigil.awareness.domain.BriefingId;
import io.vigil.awareness.port.out.BriefingLog;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.AwarenessGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link BriefingLog}; extend it with your adapter. */
public abstract class BriefingLogContract extends VersionedStoreContract<BriefingId, Briefing, BriefingLog> {

    @Override
    protected Gen<Briefing> newAggregates(OfficeId office) {
        return AwarenessGenerators.briefings(office);
    }

    /** The briefing moved, with one attendee more (the same for the same version) or, when full, one less. */
    @Override
    protected Briefing changed(Briefing b) {
        List<PersonId> attendees = new ArrayList<>(b.attendees());
        if (attendees.size() < 5) {
            attendees.add(new PersonId(UUID.nameUUIDFromBytes((b.id() + "/" + b.version())
                    .getBytes(StandardCharsets.UTF_8))));
        } else {
            attendees.remove(0);
        }
        return new Briefing(b.id(), b.office(), b.version(), b.kind(), b.at().plusSeconds(3600), b.place() + " (moved)",
                b.presenter(), b.topics(), attendees);
    }

    @Test
    void the_list_is_the_offices_own_latest_first_and_paged() {
        List<Briefing> saved = draw(lists().of(AwarenessGenerators.briefings(office)).ofSize(5)).stream()
                .map(store()::save).sorted(BriefingLog.LATEST_FIRST).toList();
        store().save(draw(AwarenessGenerators.briefings(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }

    @Test
    void briefings_since_an_instant_are_the_offices_own_held_then_or_later() {
        List<Briefing> saved = draw(lists().of(AwarenessGenerators.briefings(office)).ofSize(6)).stream()
                .map(store()::save).toList();
        Instant from = saved.get(3).at();
        assertThat(store().since(office, from)).containsExactlyElementsOf(saved.stream()
                .filter(b -> !b.at().isBefore(from)).sorted(BriefingLog.LATEST_FIRST).toList())
                .contains(saved.get(3));
        assertThat(store().since(KernelGenerators.freshOffice(), from)).isEmpty();
    }

    @Test
    void a_persons_briefings_are_those_they_attended_and_follow_changes_of_attendance() {
        PersonId anna = PersonId.random();
        List<Briefing> saved = new ArrayList<>();
        for (Briefing b : draw(lists().of(AwarenessGenerators.briefings(office)).ofSize(4))) {
            List<PersonId> attendees = new ArrayList<>(b.attendees());
            if (saved.size() % 2 == 0) {
                attendees.add(anna);
            }
            saved.add(store().save(new Briefing(b.id(), office, 0, b.kind(), b.at(), b.place(), b.presenter(),
                    b.topics(), attendees)));
        }
        assertThat(store().attendedBy(office, anna)).containsExactlyElementsOf(saved.stream()
                .filter(b -> b.attendedBy(anna)).sorted(BriefingLog.LATEST_FIRST).toList()).hasSize(2);
        Briefing first = saved.get(0);
        store().save(new Briefing(first.id(), office, first.version(), first.kind(), first.at(), first.place(),
                first.presenter(), first.topics(), first.attendees().stream().filter(p -> !p.equals(anna)).toList()));
        assertThat(store().attendedBy(office, anna)).containsExactly(saved.get(2));
        assertThat(store().attendedBy(KernelGenerators.freshOffice(), anna)).isEmpty();
    }
}
