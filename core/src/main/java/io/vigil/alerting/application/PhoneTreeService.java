package io.vigil.alerting.application;

import io.vigil.alerting.domain.AlertingData;
import io.vigil.alerting.domain.Drill;
import io.vigil.alerting.domain.DrillId;
import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.domain.TreeId;
import io.vigil.alerting.port.in.CallDetails;
import io.vigil.alerting.port.in.DrillReport;
import io.vigil.alerting.port.in.PhoneTreeDetails;
import io.vigil.alerting.port.in.PhoneTreesUseCase;
import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.ContactDirectoryUseCase;
import io.vigil.people.port.in.Reachable;
import io.vigil.people.port.in.SharedPeopleData;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Telephone trees and their drills. The tree's structure is office-wide reference data; its
 * drills are accountability data, so each drill call checks that class of access. Calls logged by
 * several people at once are applied to the latest version, never lost.
 */
final class PhoneTreeService implements PhoneTreesUseCase {
    static final String TYPE = "phone-tree";
    private static final int ATTEMPTS = 20;
    private static final Duration SKEW = Duration.ofMinutes(1);

    private final PhoneTreeRegistry trees;
    private final GuardedRecords<TreeId, PhoneTree> records;
    private final AccessGuard guard;
    private final ContactDirectoryUseCase directory;
    private final CommandValidator validator;
    private final Clock clock;

    @Inject
    PhoneTreeService(PhoneTreeRegistry trees, AccessGuard guard, ContactDirectoryUseCase directory,
                     CommandValidator validator, Clock clock) {
        this.trees = trees;
        this.records = new GuardedRecords<>(TYPE, SharedPeopleData.WARDEN_SYSTEM, trees,
                (office, page) -> Page.of(trees.list(office), page), guard);
        this.guard = guard;
        this.directory = directory;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public PhoneTree create(Actor actor, PhoneTreeDetails details) {
        return records.create(actor, build(actor, TreeId.random(), 0, details, List.of()));
    }

    @Override
    public PhoneTree update(Actor actor, TreeId id, long expectedVersion, PhoneTreeDetails details) {
        List<Drill> drills = trees.findById(id).map(PhoneTree::drills).orElse(List.of());
        return records.update(actor, id, build(actor, id, expectedVersion, details, drills));
    }

    @Override
    public void remove(Actor actor, TreeId id, long expectedVersion) {
        records.remove(actor, id, expectedVersion);
    }

    @Override
    public PhoneTree get(Actor actor, TreeId id) {
        return records.get(actor, id);
    }

    @Override
    public Page<PhoneTree> list(Actor actor, PageRequest page) {
        return records.list(actor, page);
    }

    @Override
    public DrillReport startDrill(Actor actor, TreeId id, int targetMinutes) {
        if (targetMinutes < 1 || targetMinutes > 1440) {
            throw InvalidCommandException.of("targetMinutes", "must be between 1 and 1440, was " + targetMinutes);
        }
        requireDrills(actor, Operation.WRITE, AuditAction.CREATE, stored(id));
        DrillId drill = DrillId.random();
        Instant now = clock.instant();
        PhoneTree saved = records.changeLatest(actor, id, Operation.READ, ATTEMPTS,
                t -> t.withDrill(Drill.of(drill, t, now, targetMinutes)));
        return DrillReport.of(saved, find(saved, drill));
    }

    @Override
    public DrillReport recordCall(Actor actor, TreeId id, DrillId drill, CallDetails call) {
        validator.validate(call);
        Instant now = clock.instant();
        Instant at = Optional.ofNullable(call.at()).orElse(now);
        if (at.isAfter(now.plus(SKEW))) {
            throw InvalidCommandException.of("at", "must not be in the future");
        }
        return changeDrill(actor, id, drill, d -> d.withCall(new Drill.Call(call.caller(), call.callee(), at,
                call.answered())).orElseThrow());
    }

    @Override
    public DrillReport endDrill(Actor actor, TreeId id, DrillId drill) {
        Instant now = clock.instant();
        return changeDrill(actor, id, drill, d -> d.ended(now).orElseThrow());
    }

    @Override
    public DrillReport drill(Actor actor, TreeId id, DrillId drill) {
        PhoneTree tree = records.load(actor, id, Operation.READ, AuditAction.READ);
        requireDrills(actor, Operation.READ, AuditAction.READ, tree);
        return DrillReport.of(tree, find(tree, drill));
    }

    private DrillReport changeDrill(Actor actor, TreeId id, DrillId drill, UnaryOperator<Drill> change) {
        requireDrills(actor, Operation.WRITE, AuditAction.UPDATE, stored(id));
        PhoneTree saved = records.changeLatest(actor, id, Operation.READ, ATTEMPTS,
                t -> t.withDrill(change.apply(find(t, drill))));
        return DrillReport.of(saved, find(saved, drill));
    }

    private PhoneTree stored(TreeId id) {
        return trees.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    /** Drills are accountability data: requires that class of access to the tree's office. */
    private void requireDrills(Actor actor, Operation op, AuditAction action, PhoneTree tree) {
        guard.require(actor, op, AlertingData.ACCOUNTABILITY, AccessTarget.office(tree.office()), action, "phone-drill",
                tree.id().toString());
    }

    private static Drill find(PhoneTree tree, DrillId drill) {
        return tree.drill(drill).orElseThrow(() -> new NotFoundException("phone-drill", drill));
    }

    private PhoneTree build(Actor actor, TreeId id, long version, PhoneTreeDetails d, List<Drill> drills) {
        validator.validate(d);
        PhoneTree tree = CommandValidator.build("links", () -> new PhoneTree(id, actor.office(), version, d.name(),
                d.root(), d.links(), drills));
        Set<PersonId> named = new LinkedHashSet<>(tree.members());
        d.links().forEach(l -> named.addAll(l.fallbacks()));
        Set<PersonId> known = directory.persons(actor, named).stream().map(Reachable::person)
                .collect(Collectors.toSet());
        List<FieldViolation> unknown = named.stream().filter(p -> !known.contains(p))
                .map(p -> new FieldViolation("links", "name " + p + ", who is nobody of office " + actor.office()))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidCommandException(unknown);
        }
        return tree;
    }
}
