package io.vigil.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessPolicy;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.PeopleData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

class GuardedRecordsTest {
    private static final OfficeId MEX = OfficeId.of("MX-MEX");
    private static final OfficeId GUA = OfficeId.of("GT-GUA");
    private static final PersonId ANA = PersonId.random();
    private static final PersonId BEN = PersonId.random();
    private static final Actor ANA_HERSELF = Actor.staff("ana@mex", MEX, ANA);
    private static final Actor OFFICER = Actor.of("officer@mex", MEX, Role.SECURITY_OFFICER);

    /** A record about some persons of an office, like a residence or a mission. */
    private record Visit(String id, OfficeId office, long version, List<PersonId> visitors)
            implements Versioned<String, Visit> {
        @Override
        public Visit withVersion(long version) {
            return new Visit(id, office, version, visitors);
        }
    }

    /** The officer may do anything in their own office; anyone else only with their own data. */
    private static final AccessPolicy POLICY = (actor, op, data, target) -> {
        if (actor.has(Role.SECURITY_OFFICER) && actor.office().equals(target.office())) {
            return new AccessDecision.Granted("officer");
        }
        if (target.person().isPresent() && target.person().equals(actor.person())) {
            return new AccessDecision.Granted("own data");
        }
        return new AccessDecision.Denied("not theirs");
    };

    private final Map<String, Visit> stored = new HashMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final VersionedStore<String, Visit> store = new VersionedStore<>() {
        @Override
        public Visit save(Visit v) {
            long current = Optional.ofNullable(stored.get(v.id())).map(Visit::version).orElse(0L);
            if (current != v.version()) {
                throw new VersionConflictException("visit", v.id(), v.version(), current);
            }
            Visit next = v.withVersion(current + 1);
            stored.put(v.id(), next);
            return next;
        }

        @Override
        public Optional<Visit> findById(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public void delete(String id, long expectedVersion) {
            stored.remove(id);
        }
    };
    private final AccessGuard guard = new AccessGuard(POLICY, new AuditLog() {
        @Override
        public void record(AuditEntry entry) {
            audit.add(entry);
        }

        @Override
        public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
            throw new UnsupportedOperationException("not asked here");
        }
    }, Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));
    private final GuardedRecords<String, Visit> ofTheOffice = new GuardedRecords<>("visit", PeopleData.MOVEMENT,
            store, (office, page) -> Page.of(stored.values().stream().filter(v -> v.office().equals(office))
                    .sorted(Comparator.comparing(Visit::id)).toList(), page), guard);
    private final GuardedRecords<String, Visit> aboutVisitors = ofTheOffice.aboutPersons(Visit::visitors,
            (office, person) -> AccessTarget.person(office, person, Optional.empty(), Optional.empty()));

    private Visit given(String id, OfficeId office, PersonId... visitors) {
        Visit v = store.save(new Visit(id, office, 0, List.of(visitors)));
        audit.clear();
        return v;
    }

    @Test
    void a_read_about_several_persons_needs_access_for_any_of_them_and_names_them_all() {
        given("v1", MEX, BEN, ANA);

        assertThat(aboutVisitors.get(ANA_HERSELF, "v1").visitors()).containsExactly(BEN, ANA);

        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.granted()).isTrue();
            assertThat(e.basis()).isEqualTo("own data");
            assertThat(e.persons()).containsExactly(BEN, ANA);
        });
    }

    @Test
    void a_write_about_several_persons_needs_access_for_every_one_of_them() {
        given("v1", MEX, ANA, BEN);

        assertThatThrownBy(() -> aboutVisitors.remove(ANA_HERSELF, "v1", 1)).isInstanceOf(AccessDeniedException.class);

        assertThat(stored).containsKey("v1");
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DELETE);
            assertThat(e.granted()).isFalse();
            assertThat(e.persons()).containsExactly(ANA, BEN);
        });
    }

    @Test
    void a_replacement_is_checked_again_as_changed() {
        given("v1", MEX, ANA);

        assertThatThrownBy(() -> aboutVisitors.update(ANA_HERSELF, "v1",
                current -> new Visit("v1", MEX, 1, List.of(ANA, BEN)))).isInstanceOf(AccessDeniedException.class);

        assertThat(stored.get("v1").visitors()).containsExactly(ANA);
        assertThat(audit).extracting(AuditEntry::action, AuditEntry::granted)
                .containsExactly(tuple(AuditAction.UPDATE, true),
                        tuple(AuditAction.UPDATE, false));
    }

    @Test
    void records_about_persons_of_an_office_the_actor_may_not_read_are_not_found_while_office_records_are_refused() {
        given("v1", GUA, BEN);

        assertThatThrownBy(() -> aboutVisitors.get(OFFICER, "v1")).isInstanceOf(NotFoundException.class);
        assertThat(audit).isEmpty();
        assertThatThrownBy(() -> ofTheOffice.get(OFFICER, "v1")).isInstanceOf(AccessDeniedException.class);
        assertThat(audit).singleElement().satisfies(e -> assertThat(e.granted()).isFalse());
    }

    @Test
    void a_stale_removal_is_refused_before_the_precondition_is_asked() {
        given("v1", MEX, ANA);
        List<Visit> asked = new ArrayList<>();

        assertThatThrownBy(() -> aboutVisitors.remove(OFFICER, "v1", 7, asked::add))
                .isInstanceOf(VersionConflictException.class);
        assertThat(asked).isEmpty();
        assertThat(aboutVisitors.remove(OFFICER, "v1", 1, asked::add).id()).isEqualTo("v1");
        assertThat(asked).extracting(Visit::id).containsExactly("v1");
        assertThat(stored).isEmpty();
    }

    @Test
    void a_list_of_records_about_persons_is_audited_once_with_each_person_shown() {
        given("v1", MEX, ANA, BEN);
        given("v2", MEX, BEN);

        assertThat(aboutVisitors.list(OFFICER, PageRequest.first(10)).items()).hasSize(2);
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.LIST);
            assertThat(e.granted()).isTrue();
            assertThat(e.persons()).containsExactly(ANA, BEN);
        });

        audit.clear();
        assertThatThrownBy(() -> aboutVisitors.list(ANA_HERSELF, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.granted()).isFalse();
            assertThat(e.persons()).isEmpty();
        });
    }

    @Test
    void a_create_at_the_offices_limit_is_refused_naming_it_and_a_caller_without_the_right_is_denied_first() {
        given("v1", MEX);
        given("v2", MEX);
        given("v3", GUA);
        List<OfficeId> counted = new ArrayList<>();
        ToLongFunction<OfficeId> count = office -> {
            counted.add(office);
            return stored.values().stream().filter(v -> v.office().equals(office)).count();
        };

        assertThatThrownBy(() -> ofTheOffice.create(OFFICER, new Visit("v4", MEX, 0, List.of()), count, 2, "visits"))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("the office already keeps 2 visits");
        assertThat(stored).doesNotContainKey("v4");
        assertThat(counted).containsExactly(MEX);

        counted.clear();
        assertThatThrownBy(() -> ofTheOffice.create(ANA_HERSELF, new Visit("v4", MEX, 0, List.of()), count, 2,
                "visits")).isInstanceOf(AccessDeniedException.class);
        assertThat(counted).isEmpty();

        assertThat(ofTheOffice.create(OFFICER, new Visit("v4", MEX, 0, List.of()), count, 3, "visits").version())
                .isEqualTo(1);
        assertThat(stored).containsKey("v4");
    }
}
