package io.vigil.examples.console;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.Acceptability;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.DueCheck;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityId;
import io.vigil.risk.domain.Impact;
import io.vigil.risk.domain.Likelihood;
import io.vigil.risk.domain.Risk;
import io.vigil.risk.domain.RiskLevel;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.in.RiskUseCases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Risk: the office's assessments, and one assessment with its own matrix drawn as a table (rows
 * likelihood, columns impact, each cell its level) and each risk placed twice, at its inherent
 * rating (before measures) and its residual one (after), with the acceptability decision and its
 * reasons. And a facility with its equipment checks, which the today page's overdue items link to.
 */
public final class RiskScreen implements Screen {
    /** The most assessments listed. */
    static final int MAX_LISTED = 100;
    /** How far ahead a facility's page lists its checks. */
    static final Duration CHECKS_AHEAD = Duration.ofDays(90);

    private final RiskUseCases risk;

    RiskScreen(RiskUseCases risk) {
        this.risk = risk;
    }

    /** The list's model. */
    public record Assessments(Frame frame, List<SecurityAssessment> assessments, long total) {
    }

    /** An assessment's model: the assessment, its matrix, its risks placed, its decision. */
    public record Assessment(Frame frame, SecurityAssessment assessment, List<Impact> impacts, List<Row> matrix,
                             List<Placed> risks, String decision, List<String> reasons) {
    }

    /** One row of the matrix: a likelihood and its cells, from the lowest impact to the highest. */
    public record Row(Likelihood likelihood, List<Cell> cells) {
    }

    /** One cell: its level and the risks placed in it ("I2" inherent, "R2" residual). */
    public record Cell(Impact impact, RiskLevel level, List<String> inherent, List<String> residual) {
    }

    /** A risk with its number on the matrix and both its ratings. */
    public record Placed(int number, Risk risk, RiskLevel inherent, RiskLevel residual) {
    }

    /** A facility's model: the facility and its checks due in the coming weeks, overdue ones flagged. */
    public record FacilityPage(Frame frame, Facility facility, List<DueCheck> checks) {
    }

    @Override
    public List<Frame.Nav> nav() {
        return List.of(new Frame.Nav("risk", "Risk", Console.PREFIX + "/assessments"));
    }

    @Override
    public void register(Console.Routes routes) {
        routes.page("/assessments", r -> {
            var page = risk.assessments().list(r.actor(), PageRequest.first(MAX_LISTED));
            return r.render("assessments.jte", new Assessments(r.frame(r.t("title.risk-assessments"), "risk"), page.items(),
                    page.total()));
        });
        routes.page("/assessments/{id}", r -> {
            Fields f = new Fields();
            Optional<AssessmentId> id = f.id("id", r.path("id"), AssessmentId::of);
            f.check();
            SecurityAssessment a = risk.assessments().get(r.actor(), id.orElseThrow());
            return r.render("assessment.jte", assessment(r.frame(a.title(), "risk"), a));
        });
        routes.page("/facilities/{id}", r -> {
            Fields f = new Fields();
            Optional<FacilityId> id = f.id("id", r.path("id"), FacilityId::of);
            f.check();
            Actor actor = r.actor();
            Facility facility = risk.facilities().get(actor, id.orElseThrow());
            List<DueCheck> checks = risk.facilities().dueChecks(actor, r.now(), CHECKS_AHEAD).stream()
                    .filter(c -> c.facility().equals(facility.id())).toList();
            return r.render("facility.jte", new FacilityPage(r.frame(facility.name(), "risk"), facility, checks));
        });
    }

    static Assessment assessment(Frame frame, SecurityAssessment a) {
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < a.risks().size(); i++) {
            Risk r = a.risks().get(i);
            placed.add(new Placed(i + 1, r, a.inherentLevel(r), a.residualLevel(r)));
        }
        List<Row> rows = new ArrayList<>();
        Likelihood[] likelihoods = Likelihood.values();
        for (int l = likelihoods.length - 1; l >= 0; l--) {
            Likelihood likelihood = likelihoods[l];
            List<Cell> cells = new ArrayList<>();
            for (Impact impact : Impact.values()) {
                cells.add(new Cell(impact, a.matrix().level(likelihood, impact),
                        placed.stream().filter(p -> p.risk().likelihood() == likelihood && p.risk().impact() == impact)
                                .map(p -> "I" + p.number()).toList(),
                        placed.stream().filter(p -> p.risk().residualLikelihood() == likelihood
                                && p.risk().residualImpact() == impact).map(p -> "R" + p.number()).toList()));
            }
            rows.add(new Row(likelihood, cells));
        }
        Acceptability decision = a.acceptability();
        String verdict;
        if (decision instanceof Acceptability.ProceedWithApproval p) {
            verdict = "Proceed with the approval of " + Format.words(p.approval());
        } else if (decision instanceof Acceptability.DoNotProceed) {
            verdict = "Do not proceed";
        } else {
            verdict = "Proceed";
        }
        return new Assessment(frame, a, List.of(Impact.values()), rows, placed, verdict, decision.reasons());
    }
}
