package io.vigil.wiring;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.Finding;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.out.ReviewSource;
import io.vigil.risk.domain.CheckKind;
import io.vigil.risk.domain.CheckResult;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.SecurityAsset;
import io.vigil.risk.port.in.RiskUseCases;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The review's equipment section: the maintenance visits and tests of the facilities' security
 * systems and equipment done in the period (and those that failed), and the checks overdue at
 * {@code asOf}, each asset's next due date taken by the risk context's rule over the checks made by
 * {@code asOf} (so a check recorded since cannot change it). A check's record id is
 * {@code <facility id>/<asset tag>/<MAINTENANCE|TEST>@<instant>}, an overdue check's
 * {@code <facility id>/<asset tag>/<MAINTENANCE|TEST>}. A staff residence is named as such, never by
 * its name, in the findings.
 */
final class EquipmentReviewSource implements ReviewSource {
    private final RiskUseCases risk;

    EquipmentReviewSource(RiskUseCases risk) {
        this.risk = risk;
    }

    @Override
    public String key() {
        return "equipment";
    }

    @Override
    public ReviewSection section(Actor reader, ReviewPeriod period) {
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        List<Finding> details = new ArrayList<>();
        for (Facility f : Page.all(page -> risk.facilities().list(reader, page))) {
            String where = f.holdsResidenceData() ? "a staff residence" : f.name();
            for (SecurityAsset a : f.assets()) {
                String asset = f.id() + "/" + a.tag();
                for (CheckResult c : a.checks()) {
                    if (period.covers(c.at())) {
                        String id = asset + "/" + c.kind() + "@" + c.at();
                        done.add(id);
                        if (!c.passed()) {
                            failed.add(id);
                            details.add(new Finding(id, where + ", " + a.tag() + ": "
                                    + c.kind().name().toLowerCase(Locale.ROOT) + " of " + period.time(c.at()) + " failed", List.of()));
                        }
                    }
                }
                SecurityAsset asOf = new SecurityAsset(a.tag(), a.kind(), a.description(), a.procurement(),
                        a.maintenanceEveryDays(), a.testEveryDays(), a.checks().stream()
                        .filter(c -> period.recorded(c.at())).toList());
                for (CheckKind kind : CheckKind.values()) {
                    if (!asOf.nextDue(kind).isAfter(period.asOf())) {
                        String id = asset + "/" + kind;
                        overdue.add(id);
                        details.add(new Finding(id, where + ", " + a.tag() + ": "
                                + kind.name().toLowerCase(Locale.ROOT) + " due " + period.time(asOf.nextDue(kind)), List.of()));
                    }
                }
            }
        }
        ReviewSources.bounded(done, "equipment checks");
        ReviewSources.bounded(overdue, "overdue equipment checks");
        return new ReviewSection(key(), "Equipment maintenance and tests", done.size() + " checks done, "
                + failed.size() + " failed, " + overdue.size() + " overdue", List.of(
                Figure.count("checksDone", "Maintenance visits and tests done", done),
                Figure.count("checksFailed", "Checks that failed", failed),
                Figure.count("checksOverdue", "Maintenance and tests overdue", overdue)), List.of(), details);
    }
}
