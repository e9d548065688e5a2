package io.vigil.risk.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Outcome;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A premises project for an office or residence site (a facility): its kind, phases with dates,
 * the security checklist it is assessed against (data), the site visits' findings, the officer's
 * advice per phase with the conditions it sets, the systems it installs, and its sign-off, which
 * is refused while a condition is open. Limits: {@value #MAX_PHASES} phases, {@value #MAX_CHECKLIST}
 * requirements, {@value #MAX_VISITS} visits, {@value #MAX_CONDITIONS} conditions, {@value #MAX_INSTALLS}
 * installed assets.
 */
public record PremisesProject(PremisesProjectId id, OfficeId office, long version, String title, ProjectKind kind,
                              FacilityId facility, List<ProjectPhase> phases, List<SecurityRequirement> checklist,
                              List<SiteVisit> visits, List<ProjectCondition> conditions, List<PlannedAsset> installs,
                              Optional<SignOff> signedOff) implements Versioned<PremisesProjectId, PremisesProject> {
    public static final int MAX_PHASES = 10;
    public static final int MAX_CHECKLIST = 50;
    public static final int MAX_VISITS = 100;
    public static final int MAX_CONDITIONS = 100;
    public static final int MAX_INSTALLS = 100;

    /** Who signed the project off, and when. */
    public record SignOff(Instant at, String by) {
        public SignOff {
            Require.nonNull(at, "at");
            by = Require.text(by, "by", 200);
        }
    }

    public PremisesProject {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        title = Require.text(title, "title", 200);
        Require.nonNull(kind, "kind");
        Require.nonNull(facility, "facility");
        phases = Require.noNulls(phases, "phases");
        Require.that(!phases.isEmpty() && phases.size() <= MAX_PHASES, "phases", "must be 1 to " + MAX_PHASES);
        Require.that(distinct(phases.stream().map(ProjectPhase::name).toList()), "phases", "must have distinct names");
        checklist = Require.noNulls(checklist, "checklist");
        Require.that(!checklist.isEmpty() && checklist.size() <= MAX_CHECKLIST, "checklist",
                "must hold 1 to " + MAX_CHECKLIST + " requirements");
        Require.that(distinct(checklist.stream().map(SecurityRequirement::code).toList()), "checklist",
                "must have distinct codes");
        visits = Require.noNulls(visits, "visits");
        Require.that(visits.size() <= MAX_VISITS, "visits", "must be at most " + MAX_VISITS);
        Set<String> codes = new HashSet<>(checklist.stream().map(SecurityRequirement::code).toList());
        for (SiteVisit v : visits) {
            for (Finding f : v.findings()) {
                Require.that(codes.contains(f.requirement()), "findings", "must name requirements of the checklist;"
                        + " '" + f.requirement() + "' is none");
            }
        }
        conditions = Require.noNulls(conditions, "conditions");
        Require.that(conditions.size() <= MAX_CONDITIONS, "conditions", "must be at most " + MAX_CONDITIONS);
        for (int i = 0; i < conditions.size(); i++) {
            Require.that(conditions.get(i).number() == i + 1, "conditions", "must be numbered 1, 2, ... in order");
        }
        installs = Require.noNulls(installs, "installs");
        Require.that(installs.size() <= MAX_INSTALLS, "installs", "must be at most " + MAX_INSTALLS);
        Require.that(distinct(installs.stream().map(PlannedAsset::tag).toList()), "installs", "must have distinct tags");
        Require.nonNull(signedOff, "signedOff");
    }

    private static boolean distinct(List<String> values) {
        return new HashSet<>(values).size() == values.size();
    }

    /** The conditions not closed yet. */
    public List<ProjectCondition> openConditions() {
        return conditions.stream().filter(ProjectCondition::open).toList();
    }

    /** The project with a site visit's findings; refused once signed off. */
    public Outcome<PremisesProject> recordVisit(SiteVisit visit) {
        if (signedOff.isPresent()) {
            return Outcome.refused("the project \"" + title + "\" is signed off; no visit is recorded after it");
        }
        Require.that(visits.size() < MAX_VISITS, "visits", "the project already records " + MAX_VISITS + " visits");
        List<SiteVisit> more = new ArrayList<>(visits);
        more.add(visit);
        return Outcome.done(with(phases, more, conditions, signedOff));
    }

    /**
     * The project with the officer's advice on a phase and the conditions it sets (only an approval
     * with conditions sets any, and it sets at least one); refused once signed off.
     */
    public Outcome<PremisesProject> advise(String phase, PhaseAdvice advice, List<String> newConditions) {
        if (signedOff.isPresent()) {
            return Outcome.refused("the project \"" + title + "\" is signed off; its advice is final");
        }
        Require.that(phases.stream().anyMatch(p -> p.name().equals(phase)), "phase", "must name a phase of the"
                + " project; '" + phase + "' is none");
        Require.that(newConditions.isEmpty() != (advice.decision() == AdviceDecision.APPROVE_WITH_CONDITIONS),
                "conditions", "must be given exactly for an approval with conditions");
        Require.that(conditions.size() + newConditions.size() <= MAX_CONDITIONS, "conditions",
                "the project would hold more than " + MAX_CONDITIONS + " conditions");
        List<ProjectCondition> more = new ArrayList<>(conditions);
        for (String text : newConditions) {
            more.add(new ProjectCondition(more.size() + 1, phase, text, Optional.empty()));
        }
        List<ProjectPhase> advised = phases.stream().map(p -> p.name().equals(phase) ? p.advised(advice) : p).toList();
        return Outcome.done(with(advised, visits, more, signedOff));
    }

    /** The project with a condition closed by its evidence; refused if it is closed already. */
    public Outcome<PremisesProject> closeCondition(int number, ProjectCondition.Closure closure) {
        Require.that(number >= 1 && number <= conditions.size(), "number", "must name a condition of the project,"
                + " 1 to " + conditions.size());
        ProjectCondition c = conditions.get(number - 1);
        if (!c.open()) {
            return Outcome.refused("condition " + number + " was closed on " + c.closure().get().at() + " by "
                    + c.closure().get().by());
        }
        List<ProjectCondition> changed = new ArrayList<>(conditions);
        changed.set(number - 1, new ProjectCondition(number, c.phase(), c.text(), Optional.of(closure)));
        return Outcome.done(with(phases, visits, changed, signedOff));
    }

    /**
     * The project signed off, or refused with every reason: it is signed off already, a phase has no
     * advice or was not approved, a condition is open (each named).
     */
    public Outcome<PremisesProject> signOff(SignOff by) {
        if (signedOff.isPresent()) {
            return Outcome.refused("the project \"" + title + "\" was signed off on " + signedOff.get().at());
        }
        List<String> reasons = new ArrayList<>();
        for (ProjectPhase p : phases) {
            if (p.advice().isEmpty()) {
                reasons.add("phase " + p.name() + " has no advice yet");
            } else if (p.advice().get().decision() == AdviceDecision.DO_NOT_APPROVE) {
                reasons.add("phase " + p.name() + " was not approved");
            }
        }
        openConditions().forEach(c -> reasons.add("open " + c.describe()));
        if (!reasons.isEmpty()) {
            return new Outcome.Refused<>(reasons);
        }
        return Outcome.done(with(phases, visits, conditions, Optional.of(by)));
    }

    private PremisesProject with(List<ProjectPhase> p, List<SiteVisit> v, List<ProjectCondition> c,
                                 Optional<SignOff> s) {
        return new PremisesProject(id, office, version, title, kind, facility, p, checklist, v, c, installs, s);
    }

    @Override
    public PremisesProject withVersion(long newVersion) {
        return new PremisesProject(id, office, newVersion, title, kind, facility, phases, checklist, visits,
                conditions, installs, signedOff);
    }
}
