package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.ProcurementRecord;
import io.vigil.guard.domain.ShiftWindow;
import io.vigil.guard.port.in.ContractDetails;
import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.guard.port.in.PostDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.risk.domain.FacilityKind;
import io.vigil.risk.port.in.FacilityDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The guard-force context's use cases over in-memory stores, with the risk context whose facilities are the posts' sites. */
class GuardUseCasesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");

    private final MutableClock clock = MutableClock.at("2026-03-10T15:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final GuardUseCases guard = vigil.guard();
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor otherOffice = Actor.of("officer", OfficeId.of("CF-BGF"), Role.SECURITY_OFFICER);

    private UUID facility(Actor actor, String name) {
        return vigil.risk().facilities().create(actor, new FacilityDetails(name, FacilityKind.OFFICE,
                "Insurgentes Sur 1605", GeoPoint.of(19.366, -99.183), null, List.of())).id().value();
    }

    static PostDetails post(String code, UUID site) {
        return new PostDetails(code, code + " post", site, List.of(new ShiftWindow(List.copyOf(EnumSet.allOf(
                DayOfWeek.class)), LocalTime.of(7, 0), LocalTime.of(19, 0))), 1, false, List.of(),
                new BigDecimal("100.00"), null);
    }

    static ContractDetails contract(String reference, List<PostDetails> posts, Integer reviewEveryDays) {
        return new ContractDetails(reference, "Protección Integral SA de CV", "vendor@pisa",
                new ProcurementRecord("request for proposals", 4, "lowest cost", "PISA", LocalDate.of(2025, 12, 1)),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of(), "MXN", null, "MX", posts, List.of(),
                null, null);
    }

    @Test
    void a_post_must_be_at_a_facility_of_the_office_on_create_and_on_update() {
        UUID gate = facility(officer, "IBRD office");
        UUID elsewhere = facility(otherOffice, "Bangui office");
        UUID nowhere = UUID.randomUUID();
        GuardContract created = guard.contracts().create(officer, contract("WBG-1", List.of(post("GATE", gate)), null));
        assertThat(created.posts().get(0).site()).isEqualTo(gate);

        assertThatThrownBy(() -> guard.contracts().create(officer, contract("WBG-2",
                List.of(post("GATE", gate), post("BACK", nowhere), post("SIDE", elsewhere)), null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("posts[1].site", "posts[2].site"));
        assertThat(guard.contracts().list(officer, io.vigil.kernel.paging.PageRequest.first(50)).items())
                .extracting(GuardContract::reference).containsExactly("WBG-1");

        assertThatThrownBy(() -> guard.contracts().update(officer, created.id(), created.version(),
                contract("WBG-1", List.of(post("GATE", nowhere)), null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("posts[0].site"));
        assertThat(guard.contracts().get(officer, created.id())).isEqualTo(created);
        UUID annex = facility(officer, "IFC office");
        GuardContract moved = guard.contracts().update(officer, created.id(), created.version(),
                contract("WBG-1", List.of(post("GATE", annex)), null));
        assertThat(moved.posts().get(0).site()).isEqualTo(annex);
    }
}
