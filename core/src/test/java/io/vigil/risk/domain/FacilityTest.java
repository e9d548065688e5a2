package io.vigil.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FacilityTest {
    private static final Instant BOUGHT = Instant.parse("2026-01-01T00:00:00Z");
    private static final SecurityAsset CCTV = new SecurityAsset("CCTV-1", AssetKind.CCTV, "lobby cameras",
            new Procurement("Acme", BOUGHT, "PO-1"), 100, 30, List.of());

    private static Facility facility(FacilityKind kind, List<SecurityAsset> assets) {
        return new Facility(FacilityId.random(), OfficeId.of("MX-MEX"), 0, "Office", kind, "Reforma 1",
                GeoPoint.of(19.4, -99.1), Optional.empty(), assets, List.of());
    }

    @Test
    void a_check_falls_due_its_interval_after_the_last_one_or_after_purchase() {
        Facility f = facility(FacilityKind.OFFICE, List.of(CCTV));
        Instant testDue = BOUGHT.plus(Duration.ofDays(30));
        assertThat(f.dueChecks(testDue.minusSeconds(1), Duration.ZERO)).isEmpty();
        assertThat(f.dueChecks(testDue, Duration.ZERO)).singleElement().satisfies(d -> {
            assertThat(d.check()).isEqualTo(CheckKind.TEST);
            assertThat(d.overdue()).isTrue();
        });
        assertThat(f.dueChecks(testDue.minus(Duration.ofDays(5)), Duration.ofDays(5))).singleElement()
                .satisfies(d -> assertThat(d.overdue()).isFalse());
        Facility tested = f.withCheck("CCTV-1", new CheckResult(CheckKind.TEST, testDue, false, "two cameras dark"));
        assertThat(tested.assets().get(0).nextDue(CheckKind.TEST)).isEqualTo(testDue.plus(Duration.ofDays(30)));
        assertThat(tested.assets().get(0).nextDue(CheckKind.MAINTENANCE)).isEqualTo(BOUGHT.plus(Duration.ofDays(100)));
    }

    @Test
    void checks_name_an_existing_asset_and_surveys_belong_to_residences() {
        Facility office = facility(FacilityKind.OFFICE, List.of(CCTV));
        assertThatThrownBy(() -> office.withCheck("NOPE", new CheckResult(CheckKind.TEST, BOUGHT, true, null)))
                .hasMessageStartingWith("assetTag");
        ResidenceSurvey survey = new ResidenceSurvey(BOUGHT, "associate", List.of(
                new ChecklistItem("Guard 24/7", false, "none at night"), new ChecklistItem("Lighting", true, null)));
        assertThatThrownBy(() -> office.withSurvey(survey)).hasMessageStartingWith("surveys");
        Facility home = facility(FacilityKind.RESIDENCE, List.of()).withSurvey(survey);
        assertThat(home.latestSurvey()).hasValueSatisfying(s -> {
            assertThat(s.compliant()).isFalse();
            assertThat(s.failures()).extracting(ChecklistItem::item).containsExactly("Guard 24/7");
        });
        assertThatThrownBy(() -> facility(FacilityKind.OFFICE, List.of(CCTV, CCTV))).hasMessageStartingWith("assets");
    }
}
