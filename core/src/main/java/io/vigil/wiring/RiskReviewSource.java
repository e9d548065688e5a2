package io.vigil.wiring;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.Finding;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.out.ReviewSource;
import io.vigil.risk.domain.Acceptability;
import io.vigil.risk.domain.AdviceDecision;
import io.vigil.risk.domain.AssessmentStatus;
import io.vigil.risk.domain.ChecklistItem;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityKind;
import io.vigil.risk.domain.Measure;
import io.vigil.risk.domain.MeasureStatus;
import io.vigil.risk.domain.PremisesProject;
import io.vigil.risk.domain.ProjectCondition;
import io.vigil.risk.domain.ProjectPhase;
import io.vigil.risk.domain.ResidenceSurvey;
import io.vigil.risk.domain.Risk;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.in.RiskUseCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The review's risk section, read through the risk context's use cases:
 *
 * <ul>
 *   <li>assessments by status at {@code asOf}: approved by then and still in force, approved by then
 *       and since superseded, and not approved by then (a draft, in review, or approved after
 *       {@code asOf}); the approved ones whose review had fallen due by {@code asOf};</li>
 *   <li>of the assessments in force, the risks whose residual level alone is above what the
 *       assessment's own acceptability table lets its programme accept (do not proceed), and those
 *       that need an approval to proceed; their measures (frozen since submission) by status:
 *       implemented, planned or in progress and not yet due, planned or in progress past their due
 *       date at {@code asOf}, cancelled;</li>
 *   <li>residential security: each residence by its latest survey recorded by {@code asOf}
 *       (compliant, failing a point) or none by then (a survey due);</li>
 *   <li>premises projects not signed off by {@code asOf}, their phases that ended before the day of
 *       {@code asOf} (UTC) without an approving advice by then, and their conditions not closed by then.</li>
 * </ul>
 *
 * A risk's record id is {@code <assessment id>#risk-<n>}, a measure's
 * {@code <assessment id>#risk-<n>/measure-<m>} (from 1, in the assessment's order), a phase's
 * {@code <project id>/<phase name>}, a condition's {@code <project id>#condition-<n>}. A staff
 * residence is named as such, never by its name or address, in the findings.
 */
final class RiskReviewSource implements ReviewSource {
    private final RiskUseCases risk;

    RiskReviewSource(RiskUseCases risk) {
        this.risk = risk;
    }

    @Override
    public String key() {
        return "risk";
    }

    @Override
    public ReviewSection section(Actor reader, ReviewPeriod period) {
        List<Figure> figures = new ArrayList<>();
        List<Finding> details = new ArrayList<>();
        assessments(reader, period, figures, details);
        residences(reader, period, figures, details);
        premises(reader, period, figures, details);
        return new ReviewSection(key(), "Security risk management", summary(figures), figures, List.of(), details);
    }

    private void assessments(Actor reader, ReviewPeriod period, List<Figure> figures, List<Finding> details) {
        List<SecurityAssessment> all = ReviewSources.bounded(Page.all(page -> risk.assessments().list(reader, page)),
                "assessments");
        List<SecurityAssessment> inForce = all.stream().filter(a -> a.status() == AssessmentStatus.APPROVED
                && approvedBy(a, period)).toList();
        List<SecurityAssessment> superseded = all.stream().filter(a -> a.status() == AssessmentStatus.SUPERSEDED
                && approvedBy(a, period)).toList();
        List<SecurityAssessment> notApproved = all.stream().filter(a -> !approvedBy(a, period)).toList();
        List<SecurityAssessment> due = ReviewSources.bounded(risk.assessments().reviewsDue(reader, period.asOf()),
                "assessments").stream().filter(a -> approvedBy(a, period)).toList();
        due.forEach(a -> details.add(new Finding(a.id().toString(), a.title() + ": review due "
                + period.time(a.reviewDue()), List.of())));
        List<String> above = new ArrayList<>();
        List<String> approval = new ArrayList<>();
        List<String> done = new ArrayList<>();
        List<String> planned = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        List<String> cancelled = new ArrayList<>();
        for (SecurityAssessment a : inForce) {
            for (int r = 0; r < a.risks().size(); r++) {
                Risk k = a.risks().get(r);
                String id = a.id() + "#risk-" + (r + 1);
                Acceptability alone = a.rules().decide(a.residualLevel(k), a.criticality(), List.of());
                if (alone instanceof Acceptability.DoNotProceed) {
                    above.add(id);
                    details.add(new Finding(id, a.title() + ": residual " + a.residualLevel(k) + " is above what a "
                            + a.criticality() + " programme may accept (" + k.threat() + ")", List.of()));
                } else if (alone instanceof Acceptability.ProceedWithApproval w) {
                    approval.add(id);
                    details.add(new Finding(id, a.title() + ": residual " + a.residualLevel(k) + " needs the "
                            + w.approval() + "'s approval (" + k.threat() + ")", List.of()));
                }
                for (int m = 0; m < k.measures().size(); m++) {
                    Measure measure = k.measures().get(m);
                    String mid = id + "/measure-" + (m + 1);
                    if (measure.status() == MeasureStatus.IMPLEMENTED) {
                        done.add(mid);
                    } else if (measure.status() == MeasureStatus.CANCELLED) {
                        cancelled.add(mid);
                    } else if (measure.due().isAfter(period.asOf())) {
                        planned.add(mid);
                    } else {
                        overdue.add(mid);
                        details.add(new Finding(mid, a.title() + ": measure \"" + measure.description() + "\" ("
                                + measure.owner() + ") due " + period.time(measure.due()) + ", still " + measure.status(),
                                List.of()));
                    }
                }
            }
        }
        ReviewSources.bounded(above, "risks");
        ReviewSources.bounded(approval, "risks");
        for (List<String> measures : List.of(done, planned, overdue, cancelled)) {
            ReviewSources.bounded(measures, "measures");
        }
        figures.add(Figure.count("assessmentsInForce", "Assessments approved and in force", ids(inForce)));
        figures.add(Figure.count("assessmentsSuperseded", "Assessments approved, since superseded", ids(superseded)));
        figures.add(Figure.count("assessmentsNotApproved", "Assessments not approved (draft or in review)",
                ids(notApproved)));
        figures.add(Figure.count("reviewsOverdue", "Approved assessments overdue for review", ids(due)));
        figures.add(Figure.count("risksAboveAcceptable", "Residual risks above the acceptable level", above));
        figures.add(Figure.count("risksNeedingApproval", "Residual risks acceptable only with approval", approval));
        figures.add(Figure.count("measuresImplemented", "Measures implemented", done));
        figures.add(Figure.count("measuresPlanned", "Measures planned or in progress, not yet due", planned));
        figures.add(Figure.count("measuresOverdue", "Measures past their due date", overdue));
        figures.add(Figure.count("measuresCancelled", "Measures cancelled", cancelled));
    }

    private void residences(Actor reader, ReviewPeriod period, List<Figure> figures, List<Finding> details) {
        List<Facility> residences = ReviewSources.bounded(Page.all(page -> risk.facilities().list(reader, page))
                .stream().filter(f -> f.kind() == FacilityKind.RESIDENCE).toList(), "residences");
        List<String> compliant = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        List<String> due = new ArrayList<>();
        for (Facility f : residences) {
            String id = f.id().toString();
            Optional<ResidenceSurvey> latest = f.surveys().stream().filter(s -> period.recorded(s.surveyedAt()))
                    .max(Comparator.comparing(ResidenceSurvey::surveyedAt));
            if (latest.isEmpty()) {
                due.add(id);
                details.add(new Finding(id, "a staff residence: no residential security survey by "
                        + period.time(period.asOf()), List.of()));
            } else if (latest.get().compliant()) {
                compliant.add(id);
            } else {
                failing.add(id);
                details.add(new Finding(id, "a staff residence: the survey of " + period.time(latest.get().surveyedAt())
                        + " fails " + latest.get().failures().stream().map(ChecklistItem::item)
                        .collect(Collectors.joining("; ")), List.of()));
            }
        }
        figures.add(Figure.count("residencesCompliant", "Residences compliant at their latest survey", compliant));
        figures.add(Figure.count("residencesNonCompliant", "Residences failing a point at their latest survey",
                failing));
        figures.add(Figure.count("residencesSurveyDue", "Residences never surveyed (survey due)", due));
    }

    private void premises(Actor reader, ReviewPeriod period, List<Figure> figures, List<Finding> details) {
        LocalDate day = period.day(period.asOf());
        List<PremisesProject> open = ReviewSources.bounded(Page.all(page -> risk.premises().list(reader, page))
                .stream().filter(p -> p.signedOff().filter(s -> period.recorded(s.at())).isEmpty()).toList(),
                "premises projects");
        List<String> phases = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        for (PremisesProject p : open) {
            for (ProjectPhase phase : p.phases()) {
                boolean approved = phase.advice().filter(a -> period.recorded(a.at()))
                        .filter(a -> a.decision() != AdviceDecision.DO_NOT_APPROVE).isPresent();
                if (phase.end().isBefore(day) && !approved) {
                    String id = p.id() + "/" + phase.name();
                    phases.add(id);
                    details.add(new Finding(id, p.title() + ": phase " + phase.name() + " ended " + phase.end()
                            + " without an approving advice", List.of()));
                }
            }
            for (ProjectCondition c : p.conditions()) {
                if (c.closure().filter(x -> period.recorded(x.at())).isEmpty()) {
                    conditions.add(p.id() + "#condition-" + c.number());
                }
            }
        }
        ReviewSources.bounded(phases, "project phases");
        ReviewSources.bounded(conditions, "project conditions");
        figures.add(Figure.count("projectsOpen", "Premises projects not signed off", open.stream()
                .map(p -> p.id().toString()).toList()));
        figures.add(Figure.count("phasesOverdue", "Project phases ended without an approving advice", phases));
        figures.add(Figure.count("conditionsOpen", "Advice conditions not closed", conditions));
    }

    private static boolean approvedBy(SecurityAssessment a, ReviewPeriod period) {
        return a.approvedAt().filter(period::recorded).isPresent();
    }

    private static String summary(List<Figure> figures) {
        return value(figures, "assessmentsInForce") + " assessments in force, " + value(figures, "reviewsOverdue")
                + " overdue for review, " + value(figures, "risksAboveAcceptable") + " residual risks above acceptable, "
                + value(figures, "measuresOverdue") + " measures overdue, " + value(figures, "residencesNonCompliant")
                + " residences non-compliant, " + value(figures, "residencesSurveyDue") + " never surveyed";
    }

    private static long value(List<Figure> figures, String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    private static List<String> ids(List<SecurityAssessment> assessments) {
        return assessments.stream().map(a -> a.id().toString()).toList();
    }
}
