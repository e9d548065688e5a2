package io.vigil.travel.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.passage.AreaPassage;
import io.vigil.kernel.passage.Findings;
import io.vigil.kernel.passage.RestrictedArea;
import io.vigil.kernel.passage.Restriction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The travel clearance rules: a pure function of the trip and its inputs. Every decision lists the
 * five checks in the order of {@link CheckKind}, each with its outcome and reasons: training, area
 * rules at the time of passage, risk, air, lead time. A denial by any check denies the trip; else a
 * check needing approval makes the trip need approval at the highest level asked; else it is
 * approved. The lead time only notes a late request; it never changes the verdict.
 */
public final class ClearancePolicy {
    private ClearancePolicy() {
    }

    /** The rules' decision on the trip at {@code at}, for the reason {@code trigger}. */
    public static Decision decide(Trip trip, ClearanceInputs in, Instant at, String trigger) {
        ZoneId zone = in.policy().timeZone();
        List<Check> checks = new ArrayList<>();
        checks.add(training(trip, in, zone));
        checks.add(areaRules(trip, in, zone));
        checks.add(risk(trip, in, zone));
        checks.add(air(trip, in, zone));
        checks.add(leadTime(trip, in, checks));
        Verdict verdict = verdict(checks);
        Optional<ApprovalLevel> level = verdict == Verdict.NEEDS_APPROVAL ? highest(checks) : Optional.empty();
        return new Decision(verdict, level, checks, at, trigger);
    }

    /** Denied if any check denies, needs approval if any asks for it, approved otherwise. */
    public static Verdict verdict(List<Check> checks) {
        if (checks.stream().anyMatch(c -> c.outcome() == CheckOutcome.DENIED)) {
            return Verdict.DENIED;
        }
        if (checks.stream().anyMatch(c -> c.outcome() == CheckOutcome.NEEDS_APPROVAL)) {
            return Verdict.NEEDS_APPROVAL;
        }
        return Verdict.AUTO_APPROVED;
    }

    private static Optional<ApprovalLevel> highest(List<Check> checks) {
        return checks.stream().flatMap(c -> c.level().stream()).max(Comparator.naturalOrder());
    }

    static String time(Instant at, ZoneId zone) {
        return AreaPassage.time(at, zone);
    }

    // 1. training

    private static Check training(Trip trip, ClearanceInputs in, ZoneId zone) {
        Instant first = trip.firstDeparture();
        Instant last = trip.lastArrival();
        List<String> required = new ArrayList<>();
        List<String> because = new ArrayList<>();
        for (RequiredCourse c : in.courses()) {
            if (c.forAll()) {
                required.add(c.code());
                because.add(c.code() + " (required for all travel)");
            } else {
                List<String> entered = c.areas().stream().filter(a -> onRoute(trip, a)).map(Outline::name).toList();
                if (!entered.isEmpty()) {
                    required.add(c.code());
                    because.add(c.code() + " (required in " + String.join(", ", entered) + ", on the route)");
                }
            }
        }
        if (required.isEmpty()) {
            return new Check(CheckKind.TRAINING, CheckOutcome.PASSED, Optional.empty(),
                    List.of("no course is required for this trip"));
        }
        List<String> denied = new ArrayList<>();
        List<String> waived = new ArrayList<>();
        String window = "valid from " + time(first, zone) + " through " + time(last, zone);
        for (PersonId p : trip.travellers()) {
            for (String code : required) {
                boolean holds = in.held().stream().anyMatch(h -> h.person().equals(p) && h.code().equalsIgnoreCase(code)
                        && h.validThrough(first, last));
                if (holds) {
                    continue;
                }
                String lack = "traveller " + p + " does not hold " + code + " " + window;
                Optional<Waiver> waiver = in.waivers().stream().filter(w -> w.covers(p, code, last)).findFirst();
                if (waiver.isPresent()) {
                    Waiver w = waiver.get();
                    waived.add(lack + "; waived by " + w.approver() + " until " + time(w.validUntil(), zone) + ": "
                            + w.reason());
                } else {
                    denied.add(lack + ", and no waiver covers it");
                }
            }
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("required: " + String.join("; ", because));
        reasons.addAll(denied);
        reasons.addAll(waived);
        if (!denied.isEmpty()) {
            return new Check(CheckKind.TRAINING, CheckOutcome.DENIED, Optional.empty(), reasons);
        }
        if (!waived.isEmpty()) {
            return new Check(CheckKind.TRAINING, CheckOutcome.NEEDS_APPROVAL, Optional.of(ApprovalLevel.SECURITY_OFFICER),
                    reasons);
        }
        reasons.add("every traveller holds each required course " + window);
        return new Check(CheckKind.TRAINING, CheckOutcome.PASSED, Optional.empty(), reasons);
    }

    /** Whether the trip enters the outline: a place it visits, or the line of a road or river leg. */
    private static boolean onRoute(Trip trip, Outline outline) {
        if (trip.visits().stream().anyMatch(v -> outline.area().contains(v.place().point()))) {
            return true;
        }
        return trip.legs().stream().anyMatch(l -> l.mode().surface()
                && outline.area().touchesSegment(l.from().point(), l.to().point()));
    }

    // 2. area rules

    private static Check areaRules(Trip trip, ClearanceInputs in, ZoneId zone) {
        Findings found = new Findings();
        for (RestrictedArea area : in.areas()) {
            String name = area.label();
            for (int i = 0; i < trip.legs().size(); i++) {
                Leg leg = trip.legs().get(i);
                if (!leg.mode().surface() || !area.inForceDuring(leg.departure(), leg.arrival())
                        || !area.crosses(leg.from().point(), leg.to().point())) {
                    continue;
                }
                String what = leg.mode().name().toLowerCase(java.util.Locale.ROOT) + " leg " + (i + 1) + " ("
                        + leg.from() + " to " + leg.to() + ") passes through " + name;
                AreaPassage.Move move = new AreaPassage.Move(leg.from().toString(), leg.from().point(),
                        leg.departure(), leg.to().toString(), leg.to().point(), leg.arrival());
                for (Restriction r : area.orderedRules()) {
                    AreaPassage.onMove(r, what, trip.escort(), "the request", move, zone, found);
                }
            }
            for (Trip.Visit v : trip.visits()) {
                if (!area.inForceDuring(v.from(), v.to()) || !area.contains(v.place().point())) {
                    continue;
                }
                String what = "the " + v.as() + " " + v.place() + " on " + time(v.from(), zone) + " lies in " + name;
                for (Restriction r : area.orderedRules()) {
                    AreaPassage.onStay(r, what, trip.escort(), "the request", found);
                }
            }
        }
        List<String> reasons = new ArrayList<>(found.reasons());
        switch (found.outcome()) {
            case DENIED -> {
                return new Check(CheckKind.AREA_RULES, CheckOutcome.DENIED, Optional.empty(), reasons);
            }
            case NEEDS_APPROVAL -> {
                return new Check(CheckKind.AREA_RULES, CheckOutcome.NEEDS_APPROVAL,
                        Optional.of(ApprovalLevel.SECURITY_OFFICER), reasons);
            }
            default -> {
                if (reasons.isEmpty()) {
                    reasons.add("no restricted area lies on the route at the time of passage");
                }
                return new Check(CheckKind.AREA_RULES, CheckOutcome.PASSED, Optional.empty(), reasons);
            }
        }
    }

    // 3. risk

    private static Check risk(Trip trip, ClearanceInputs in, ZoneId zone) {
        List<String> denied = new ArrayList<>();
        List<String> approval = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        ApprovalLevel level = ApprovalLevel.SECURITY_OFFICER;
        for (Trip.Visit v : trip.visits()) {
            String where = "the " + v.as() + " " + v.place() + " on " + time(v.from(), zone);
            Optional<RiskCover> cover = in.covers().stream().filter(c -> c.covers(v.place().point(), v.from()))
                    .max(Comparator.comparing(RiskCover::approvedAt));
            if (cover.isEmpty()) {
                approval.add("no approved assessment covers " + where);
                continue;
            }
            Acceptance a = cover.get().acceptance().get(trip.criticality());
            String said = "assessment '" + cover.get().title() + "' covers " + where + ": "
                    + String.join("; ", a.reasons());
            switch (a.kind()) {
                case PROCEED -> passed.add(said);
                case PROCEED_WITH_APPROVAL -> {
                    approval.add(said);
                    level = level.compareTo(a.level().orElseThrow()) >= 0 ? level : a.level().orElseThrow();
                }
                case DO_NOT_PROCEED -> denied.add(said);
            }
        }
        List<String> reasons = new ArrayList<>(denied);
        reasons.addAll(approval);
        reasons.addAll(passed);
        if (!denied.isEmpty()) {
            return new Check(CheckKind.RISK, CheckOutcome.DENIED, Optional.empty(), reasons);
        }
        if (!approval.isEmpty()) {
            return new Check(CheckKind.RISK, CheckOutcome.NEEDS_APPROVAL, Optional.of(level), reasons);
        }
        return new Check(CheckKind.RISK, CheckOutcome.PASSED, Optional.empty(), reasons);
    }

    // 4. air

    private static Check air(Trip trip, ClearanceInputs in, ZoneId zone) {
        List<String> denied = new ArrayList<>();
        List<String> approval = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        int max = in.policy().maxOnFlight();
        for (int i = 0; i < trip.legs().size(); i++) {
            Leg leg = trip.legs().get(i);
            if (leg.mode() != TransportMode.AIR) {
                continue;
            }
            String code = leg.operator().orElseThrow();
            String what = "air leg " + (i + 1) + " (" + leg.flight().orElseThrow() + ", " + leg.from() + " to "
                    + leg.to() + ")";
            Optional<AirOperator> op = in.operators().stream().filter(o -> o.code().equalsIgnoreCase(code)).findFirst();
            if (op.isEmpty()) {
                approval.add(what + ": operator " + code + " is not on the office's list of assessed operators");
            } else if (op.get().barred()) {
                denied.add(what + ": operator " + code + " (" + op.get().name() + ") is barred: " + op.get().reason());
            } else if (!op.get().validAt(leg.departure())) {
                approval.add(what + ": the office's assessment of operator " + code + " holds from "
                        + time(op.get().assessedAt(), zone) + " until " + time(op.get().validUntil(), zone)
                        + ", not at departure");
            } else {
                passed.add(what + ": operator " + code + " (" + op.get().name() + ") is assessed until "
                        + time(op.get().validUntil(), zone));
            }
            Set<PersonId> aboard = new HashSet<>(in.booked().getOrDefault(leg.flightKey().orElseThrow(), Set.of()));
            aboard.addAll(trip.travellers());
            if (aboard.size() > max) {
                approval.add(what + ": " + aboard.size() + " of the office's personnel would be on the flight, more"
                        + " than " + max);
            }
        }
        List<String> reasons = new ArrayList<>(denied);
        reasons.addAll(approval);
        reasons.addAll(passed);
        if (!denied.isEmpty()) {
            return new Check(CheckKind.AIR, CheckOutcome.DENIED, Optional.empty(), reasons);
        }
        if (!approval.isEmpty()) {
            return new Check(CheckKind.AIR, CheckOutcome.NEEDS_APPROVAL, Optional.of(ApprovalLevel.SECURITY_OFFICER),
                    reasons);
        }
        if (reasons.isEmpty()) {
            reasons.add("the trip has no air leg");
        }
        return new Check(CheckKind.AIR, CheckOutcome.PASSED, Optional.empty(), reasons);
    }

    // 5. lead time

    private static Check leadTime(Trip trip, ClearanceInputs in, List<Check> before) {
        int days = in.policy().leadDays();
        Duration ahead = Duration.between(trip.submittedAt(), trip.firstDeparture());
        String submitted = "submitted " + (ahead.isNegative() ? "after departure"
                : ahead.toHours() / 24 + " days and " + ahead.toHours() % 24 + " hours before departure");
        if (verdict(before) != Verdict.NEEDS_APPROVAL) {
            return new Check(CheckKind.LEAD_TIME, CheckOutcome.PASSED, Optional.empty(),
                    List.of(submitted + "; the lead time matters only to a request that needs approval"));
        }
        if (ahead.compareTo(Duration.ofDays(days)) < 0) {
            return new Check(CheckKind.LEAD_TIME, CheckOutcome.NOTED, Optional.empty(), List.of(submitted
                    + ", less than the " + days + " days a request needing approval should be submitted before"));
        }
        return new Check(CheckKind.LEAD_TIME, CheckOutcome.PASSED, Optional.empty(),
                List.of(submitted + ", at least the " + days + " days a request needing approval needs"));
    }
}
