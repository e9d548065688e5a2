package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.risk.domain.AdviceDecision;
import io.vigil.risk.domain.AssetKind;
import io.vigil.risk.domain.CheckKind;
import io.vigil.risk.domain.DueCheck;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityKind;
import io.vigil.risk.domain.Finding;
import io.vigil.risk.domain.FindingStatus;
import io.vigil.risk.domain.PlannedAsset;
import io.vigil.risk.domain.PremisesProject;
import io.vigil.risk.domain.Procurement;
import io.vigil.risk.domain.ProjectKind;
import io.vigil.risk.domain.SecurityAsset;
import io.vigil.risk.port.in.AdviceDetails;
import io.vigil.risk.port.in.ClosureDetails;
import io.vigil.risk.port.in.FacilityDetails;
import io.vigil.risk.port.in.PhaseDetails;
import io.vigil.risk.port.in.PremisesProjectDetails;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.risk.port.in.SiteVisitDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Premises projects over in-memory adapters: findings against the checklist, the officer's advice
 * with conditions, sign-off refused while a condition is open, and on sign-off the facility's
 * systems replaced with their test schedules started.
 */
class PremisesProjectsTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final RiskUseCases risk = vigil.risk();
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor associate = Actor.of("associate", OFFICE, Role.SECURITY_ASSOCIATE);
    private final Facility ifc = risk.facilities().create(officer, new FacilityDetails("IFC office", FacilityKind.OFFICE,
            "Paseo de la Reforma", GeoPoint.of(19.427, -99.1676), null, List.of(new SecurityAsset("CCTV-OLD",
                    AssetKind.CCTV, "old cameras", new Procurement("Old Co", Instant.parse("2020-01-01T00:00:00Z"),
                    "PO-0"), 180, 30, List.of()))));

    private PremisesProject renovation() {
        return risk.premises().create(associate, new PremisesProjectDetails("IFC office renovation",
                ProjectKind.RENOVATION, ifc.id(), List.of(
                        new PhaseDetails("design", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-15")),
                        new PhaseDetails("works", LocalDate.parse("2026-04-16"), LocalDate.parse("2026-08-31"))),
                null, List.of(new PlannedAsset("CCTV-OLD", AssetKind.CCTV, "new perimeter cameras", "SeguriTec",
                        "PO-2026-17", 180, 30), new PlannedAsset("ALARM-1", AssetKind.ALARM, "intrusion alarm",
                        "SeguriTec", "PO-2026-18", 365, 90))));
    }

    private PremisesProject approveBoth(PremisesProject p) {
        p = risk.premises().advise(officer, p.id(), p.version(), new AdviceDetails("design",
                AdviceDecision.APPROVE_WITH_CONDITIONS, List.of("the layout keeps the safe room central"),
                List.of("laminated glazing on the Reforma facade", "vehicle barrier at the garage")));
        return risk.premises().advise(officer, p.id(), p.version(), new AdviceDetails("works", AdviceDecision.APPROVE,
                List.of("the works plan keeps the office operating"), null));
    }

    @Test
    void a_new_project_is_assessed_against_the_standard_checklist() {
        PremisesProject p = renovation();
        assertThat(p.checklist()).hasSize(10);
        PremisesProject visited = risk.premises().recordVisit(associate, p.id(), p.version(), new SiteVisitDetails(
                clock.instant(), List.of(new Finding("GLZ-1", FindingStatus.NOT_MET, "plain glass on Reforma",
                        List.of("photo-2026-03-01-07.jpg")))));
        assertThat(visited.visits()).hasSize(1);
        assertThatThrownBy(() -> risk.premises().recordVisit(associate, p.id(), visited.version(),
                new SiteVisitDetails(clock.instant(), List.of(new Finding("NOPE-9", FindingStatus.MET, null,
                        List.of()))))).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.violations()).anySatisfy(v -> assertThat(v.field()).isEqualTo("findings")));
    }

    @Test
    void sign_off_is_refused_naming_every_open_condition_until_each_is_closed_with_evidence() {
        PremisesProject p = approveBoth(renovation());
        PremisesProject advised = p;
        assertThatThrownBy(() -> risk.premises().signOff(officer, advised.id(), advised.version()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.reasons()).containsExactly(
                        "open condition 1 (design): laminated glazing on the Reforma facade",
                        "open condition 2 (design): vehicle barrier at the garage"));
        p = risk.premises().closeCondition(associate, p.id(), p.version(), 1, new ClosureDetails("certificate GC-9"));
        PremisesProject one = p;
        assertThatThrownBy(() -> risk.premises().signOff(officer, one.id(), one.version()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.reasons()).containsExactly(
                        "open condition 2 (design): vehicle barrier at the garage"));
        assertThatThrownBy(() -> risk.premises().closeCondition(associate, one.id(), one.version(), 1,
                new ClosureDetails("again"))).isInstanceOf(RefusedException.class);
        assertThat(risk.facilities().get(officer, ifc.id()).assets()).extracting(SecurityAsset::description)
                .containsExactly("old cameras");
    }

    @Test
    void a_phase_without_advice_or_not_approved_blocks_the_sign_off() {
        PremisesProject p = renovation();
        p = risk.premises().advise(officer, p.id(), p.version(), new AdviceDetails("design",
                AdviceDecision.DO_NOT_APPROVE, List.of("no stand-off from Reforma"), null));
        PremisesProject refused = p;
        assertThatThrownBy(() -> risk.premises().signOff(officer, refused.id(), refused.version()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.reasons()).containsExactly(
                        "phase design was not approved", "phase works has no advice yet"));
    }

    @Test
    void only_the_officer_advises_and_signs_off() {
        PremisesProject p = renovation();
        assertThatThrownBy(() -> risk.premises().advise(associate, p.id(), p.version(), new AdviceDetails("design",
                AdviceDecision.APPROVE, List.of("fine"), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> risk.premises().signOff(associate, p.id(), p.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> risk.premises().get(Actor.staff("ana", OFFICE, io.vigil.kernel.PersonId.random()),
                p.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sign_off_installs_the_projects_systems_on_the_facility_and_starts_their_test_schedules() {
        PremisesProject p = approveBoth(renovation());
        p = risk.premises().closeCondition(associate, p.id(), p.version(), 1, new ClosureDetails("certificate GC-9"));
        p = risk.premises().closeCondition(associate, p.id(), p.version(), 2, new ClosureDetails("photo barrier.jpg"));
        clock.set(Instant.parse("2026-09-01T09:00:00Z"));
        PremisesProject signed = risk.premises().signOff(officer, p.id(), p.version());
        assertThat(signed.signedOff()).isPresent();
        Facility after = risk.facilities().get(officer, ifc.id());
        assertThat(after.assets()).extracting(SecurityAsset::tag).containsExactlyInAnyOrder("CCTV-OLD", "ALARM-1");
        assertThat(after.assets()).extracting(SecurityAsset::description).contains("new perimeter cameras")
                .doesNotContain("old cameras");
        List<DueCheck> due = risk.facilities().dueChecks(officer, clock.instant(), Duration.ofDays(31));
        assertThat(due).filteredOn(d -> d.check() == CheckKind.TEST).extracting(DueCheck::assetTag, DueCheck::due)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CCTV-OLD", Instant.parse("2026-10-01T09:00:00Z")));
        PremisesProject done = signed;
        assertThatThrownBy(() -> risk.premises().signOff(officer, done.id(), done.version()))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> risk.premises().signOff(officer, done.id(), done.version() - 1))
                .isInstanceOf(VersionConflictException.class);
    }
}
