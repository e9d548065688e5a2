package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.guard.domain.CheckItem;
import io.vigil.guard.domain.ChecklistResult;
import io.vigil.guard.domain.DeductionRule;
import io.vigil.guard.domain.DeductionStep;
import io.vigil.guard.domain.Evidence;
import io.vigil.guard.domain.EvidenceKind;
import io.vigil.guard.domain.ExtensionDecision;
import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.Inspection;
import io.vigil.guard.domain.IssueType;
import io.vigil.guard.domain.PerformanceIssue;
import io.vigil.guard.domain.PerformanceReview;
import io.vigil.guard.domain.PerformanceReviewInspection;
import io.vigil.guard.domain.PerformanceReviewIssue;
import io.vigil.guard.domain.ProcurementRecord;
import io.vigil.guard.domain.ShiftWindow;
import io.vigil.guard.port.in.ContractDetails;
import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.guard.port.in.InspectionDetails;
import io.vigil.guard.port.in.IssueDetails;
import io.vigil.guard.port.in.PerformanceReviewDetails;
import io.vigil.guard.port.in.PerformanceReviewDue;
import io.vigil.guard.port.in.PerformanceReviewResponse;
import io.vigil.guard.port.in.PostDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.risk.domain.FacilityKind;
import io.vigil.risk.port.in.FacilityDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
        return contract(reference, posts, reviewEveryDays, List.of());
    }

    static ContractDetails contract(String reference, List<PostDetails> posts, Integer reviewEveryDays,
                                    List<DeductionRule> deductions) {
        return new ContractDetails(reference, "Protección Integral SA de CV", "vendor@pisa",
                new ProcurementRecord("request for proposals", 4, "lowest cost", "PISA", LocalDate.of(2025, 12, 1)),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of(), "MXN", null, "MX", posts, deductions,
                null, null, reviewEveryDays);
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

    @Test
    void a_contract_a_record_names_is_kept_and_one_nothing_names_is_removed() {
        UUID gate = facility(officer, "IBRD office");
        GuardContract named = guard.contracts().create(officer, contract("WBG-N", List.of(post("GATE", gate)), null));
        issue(named, "2026-02-10");
        issue(named, "2026-02-11");
        assertThatThrownBy(() -> guard.contracts().remove(officer, named.id(), named.version()))
                .isInstanceOf(RefusedException.class).hasMessage("guard contract WBG-N is named by 2 performance"
                        + " issues; it is kept so they stay whole (extend or let it end instead)");
        assertThat(guard.contracts().get(officer, named.id())).isEqualTo(named);
        assertThatThrownBy(() -> guard.contracts().remove(Actor.of("manager", OFFICE, Role.MANAGER), named.id(),
                named.version())).as("the right before the rule: no counts to who may not remove it")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guard.contracts().remove(officer, named.id(), named.version() + 1))
                .as("a stale version before the rule").isInstanceOf(VersionConflictException.class);

        GuardContract unused = guard.contracts().create(officer, contract("WBG-U", List.of(post("GATE", gate)), null));
        guard.contracts().remove(officer, unused.id(), unused.version());
        assertThat(guard.contracts().list(officer, io.vigil.kernel.paging.PageRequest.first(50)).items())
                .extracting(GuardContract::reference).containsExactly("WBG-N");
    }

    private PerformanceIssue issue(GuardContract c, String day) {
        return guard.issues().create(officer, new IssueDetails(c.id().value(), IssueType.SLEEPING_ON_POST, "GATE",
                LocalDate.parse(day), new BigDecimal("1.5"), "B-1", new Evidence(EvidenceKind.REPORT, "report " + day),
                "found asleep"));
    }

    @Test
    void a_review_gathers_the_periods_issues_with_their_deductions_and_inspections_and_falls_due_every_n_days() {
        UUID gate = facility(officer, "IBRD office");
        GuardContract c = guard.contracts().create(officer, contract("WBG-R", List.of(post("GATE", gate)), 30,
                List.of(new DeductionRule(IssueType.SLEEPING_ON_POST, 12, List.of(
                        new DeductionStep(1, BigDecimal.ZERO, false, "warning"),
                        new DeductionStep(2, new BigDecimal("2500"), false, "deduction"),
                        new DeductionStep(3, new BigDecimal("5000"), true, "removal"))))));
        assertThat(c.reviewEveryDays()).isEqualTo(30);
        // never reviewed: due 30 days after the start, 2026-01-31
        assertThat(guard.reviews().overdue(officer, LocalDate.of(2026, 1, 31))).isEmpty();
        assertThat(guard.reviews().overdue(officer, LocalDate.of(2026, 2, 1))).extracting(PerformanceReviewDue::due,
                PerformanceReviewDue::lastReviewedTo).containsExactly(org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2026, 1, 31), Optional.empty()));

        issue(c, "2026-01-20");
        PerformanceIssue second = issue(c, "2026-02-10");
        issue(c, "2026-03-05");
        Inspection inFebruary = guard.inspections().create(officer, new InspectionDetails(c.id().value(), gate,
                LocalDateTime.of(2026, 2, 15, 3, 15), "associate", List.of(
                new ChecklistResult(CheckItem.POST_MANNED, true, Optional.empty()),
                new ChecklistResult(CheckItem.UNIFORM, false, Optional.of("no cap"))), List.of("no cap"), List.of()));
        guard.inspections().create(officer, new InspectionDetails(c.id().value(), gate,
                LocalDateTime.of(2026, 3, 2, 3, 15), "associate", List.of(), List.of(), List.of()));

        assertThatThrownBy(() -> guard.reviews().create(officer, new PerformanceReviewDetails(c.id().value(),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), ExtensionDecision.DO_NOT_EXTEND, List.of())))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("reasons"));
        PerformanceReview review = guard.reviews().create(officer, new PerformanceReviewDetails(c.id().value(),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), null, null));
        // the second sleeping on post of the 12 months (the first, on 20 January, is outside the period)
        assertThat(review.issues()).containsExactly(new PerformanceReviewIssue(second.id(), IssueType.SLEEPING_ON_POST,
                "GATE", LocalDate.of(2026, 2, 10), new BigDecimal("1.5"), 2, new BigDecimal("2500.00"), false));
        assertThat(review.deducted()).isEqualByComparingTo("2500.00");
        assertThat(review.inspections()).containsExactly(new PerformanceReviewInspection(inFebruary.id(), gate,
                LocalDateTime.of(2026, 2, 15, 3, 15), 1, List.of(CheckItem.UNIFORM), 1));
        assertThat(review.decision()).isEqualTo(ExtensionDecision.UNDECIDED);
        assertThat(review.reviewer()).isEqualTo("officer");
        // reviewed to 28 February: next due 30 days later
        assertThat(guard.reviews().overdue(officer, LocalDate.of(2026, 3, 30))).isEmpty();
        assertThat(guard.reviews().overdue(officer, LocalDate.of(2026, 3, 31))).extracting(PerformanceReviewDue::due)
                .containsExactly(LocalDate.of(2026, 3, 30));

        Actor vendor = Actor.of("vendor@pisa", OFFICE, Role.VENDOR);
        Actor otherVendor = Actor.of("vendor@other", OFFICE, Role.VENDOR);
        assertThat(guard.reviews().get(vendor, review.id())).isEqualTo(review);
        assertThat(guard.reviews().list(vendor, PageRequest.first(10)).items()).containsExactly(review);
        assertThat(guard.reviews().list(otherVendor, PageRequest.first(10)).items()).isEmpty();
        assertThatThrownBy(() -> guard.reviews().get(otherVendor, review.id())).isInstanceOf(AccessDeniedException.class);
        PerformanceReviewDetails extend = new PerformanceReviewDetails(c.id().value(), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28), ExtensionDecision.EXTEND, List.of("no issue since"));
        assertThatThrownBy(() -> guard.reviews().update(vendor, review.id(), review.version(), extend))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guard.reviews().create(vendor, extend)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guard.reviews().remove(vendor, review.id(), review.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guard.reviews().overdue(vendor, LocalDate.of(2026, 3, 31)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guard.reviews().respond(otherVendor, review.id(), review.version(),
                new PerformanceReviewResponse("not ours"))).isInstanceOf(AccessDeniedException.class);

        PerformanceReview responded = guard.reviews().respond(vendor, review.id(), review.version(),
                new PerformanceReviewResponse("The guard was replaced on 11 February."));
        assertThat(responded.vendorResponse()).contains("The guard was replaced on 11 February.");
        assertThat(responded.decision()).isEqualTo(ExtensionDecision.UNDECIDED);
        PerformanceReview decided = guard.reviews().update(officer, review.id(), responded.version(), extend);
        assertThat(decided.decision()).isEqualTo(ExtensionDecision.EXTEND);
        assertThat(decided.reasons()).containsExactly("no issue since");
        assertThat(decided.vendorResponse()).as("kept").isEqualTo(responded.vendorResponse());
        assertThat(decided.issues()).isEqualTo(review.issues());
    }
}
