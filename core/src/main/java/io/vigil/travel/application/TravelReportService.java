package io.vigil.travel.application;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.ManagePersonsUseCase;
import io.vigil.people.port.in.PersonView;
import io.vigil.travel.domain.Check;
import io.vigil.travel.domain.CheckKind;
import io.vigil.travel.domain.CheckOutcome;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.ClearancePolicy;
import io.vigil.travel.domain.ClearanceStatus;
import io.vigil.travel.domain.TravelData;
import io.vigil.travel.port.in.FairnessReport;
import io.vigil.travel.port.in.TrainingRisks;
import io.vigil.travel.port.in.TravelReportsUseCase;
import io.vigil.travel.port.out.ClearanceRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The fairness report and the planned trips failing on training; both read as clearances, audited. */
final class TravelReportService implements TravelReportsUseCase {
    private final ClearanceRegistry clearances;
    private final RulesInputs inputs;
    private final ManagePersonsUseCase persons;
    private final AccessGuard guard;

    TravelReportService(ClearanceRegistry clearances, RulesInputs inputs, ManagePersonsUseCase persons,
                        AccessGuard guard) {
        this.clearances = clearances;
        this.inputs = inputs;
        this.persons = persons;
        this.guard = guard;
    }

    @Override
    public FairnessReport fairness(Actor actor, Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw InvalidCommandException.of("to", "must be given, with from, and be after from");
        }
        if (Duration.between(from, to).compareTo(Duration.ofDays(MAX_PERIOD_DAYS)) > 0) {
            throw InvalidCommandException.of("to", "must be at most " + MAX_PERIOD_DAYS + " days after from");
        }
        String basis = guard.requireQuietly(actor, Operation.READ, TravelData.CLEARANCES,
                AccessTarget.office(actor.office()), AuditAction.LIST, "travel-fairness", actor.office().value());
        List<Clearance> found = clearances.submittedBetween(actor.office(), from, to);
        Map<PersonId, Optional<PersonView>> seen = new HashMap<>();
        Map<List<String>, Integer> groups = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        List<Long> minutes = new ArrayList<>();
        List<FairnessReport.Overridden> differing = new ArrayList<>();
        for (Clearance c : found) {
            for (PersonId p : c.trip().travellers()) {
                Optional<PersonView> view = seen.computeIfAbsent(p, id -> person(actor.office(), id));
                groups.merge(List.of(view.map(PersonView::category).orElse("UNKNOWN"),
                        view.map(PersonView::orgUnit).orElse("UNKNOWN"), c.status().name()), 1, Integer::sum);
            }
            c.firstManualAt().ifPresent(at -> minutes.add(Duration.between(c.trip().submittedAt(), at).toMinutes()));
            c.manual().stream().filter(m -> m.differs()).forEach(m -> differing.add(new FairnessReport.Overridden(
                    c.id(), m.action(), m.advised(), m.by(), m.at(), m.reason())));
        }
        minutes.sort(Comparator.naturalOrder());
        Optional<Long> median = minutes.isEmpty() ? Optional.empty() : Optional.of(minutes.get(minutes.size() / 2));
        Optional<Long> longest = minutes.isEmpty() ? Optional.empty() : Optional.of(minutes.get(minutes.size() - 1));
        guard.record(actor, AuditAction.LIST, "travel-fairness", actor.office().value(), TravelData.CLEARANCES,
                new AccessDecision.Granted(basis), List.of());
        return new FairnessReport(actor.office(), from, to, found.size(), groups.entrySet().stream()
                .map(e -> new FairnessReport.Group(e.getKey().get(0), e.getKey().get(1),
                        ClearanceStatus.valueOf(e.getKey().get(2)), e.getValue())).toList(),
                median, longest, differing);
    }

    /** The person as the people context gives them to the rules' actor; empty once removed. */
    private Optional<PersonView> person(io.vigil.kernel.OfficeId office, PersonId id) {
        try {
            return Optional.of(persons.get(RulesInputs.actor(office), id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public TrainingRisks trainingFailures(Actor actor, Instant at) {
        if (at == null) {
            throw InvalidCommandException.of("at", "must be given");
        }
        String basis = guard.requireQuietly(actor, Operation.READ, TravelData.CLEARANCES,
                AccessTarget.office(actor.office()), AuditAction.LIST, "travel-training-risks", actor.office().value());
        Instant until = at.plus(Duration.ofDays(TRAINING_DAYS_AHEAD));
        RulesInputs.Office office = inputs.office(actor.office(), at);
        List<TrainingRisks.Trip> trips = new ArrayList<>();
        for (Clearance c : office.live()) {
            Instant departs = c.trip().firstDeparture();
            if (departs.isBefore(at) || departs.isAfter(until)) {
                continue;
            }
            Check training = ClearancePolicy.decide(c.trip(), office.forTrip(c.trip(), Optional.of(c.id())), at,
                    "training report").check(CheckKind.TRAINING);
            if (training.outcome() == CheckOutcome.DENIED || training.outcome() == CheckOutcome.NEEDS_APPROVAL) {
                trips.add(new TrainingRisks.Trip(c.id(), c.trip().travellers(), departs, training.outcome(),
                        training.reasons()));
            }
        }
        trips.sort(Comparator.comparing(TrainingRisks.Trip::departure).thenComparing(t -> t.clearance().toString()));
        guard.record(actor, AuditAction.LIST, "travel-training-risks", actor.office().value(), TravelData.CLEARANCES,
                new AccessDecision.Granted(basis), trips.stream().flatMap(t -> t.travellers().stream()).distinct()
                        .toList());
        return new TrainingRisks(actor.office(), at, TRAINING_DAYS_AHEAD, trips);
    }
}
