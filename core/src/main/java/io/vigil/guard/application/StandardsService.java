package io.vigil.guard.application;

import io.vigil.guard.domain.GuardData;
import io.vigil.guard.domain.LabourStandards;
import io.vigil.guard.domain.StandardsId;
import io.vigil.guard.port.in.ManageLabourStandardsUseCase;
import io.vigil.guard.port.in.StandardsDetails;
import io.vigil.guard.port.out.LabourStandardsBook;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** Labour standards per country, one record per country of the office. */
final class StandardsService extends GuardedRecordsService<StandardsId, StandardsDetails, LabourStandards>
        implements ManageLabourStandardsUseCase {
    private final LabourStandardsBook standards;
    private final CommandValidator validator;

    @Inject
    StandardsService(LabourStandardsBook standards, AccessGuard guard, CommandValidator validator) {
        super(new GuardedRecords<>("labour-standards", GuardData.GUARD_CONTRACTS, standards, standards::list, guard));
        this.standards = standards;
        this.validator = validator;
    }

    @Override
    public LabourStandards create(Actor actor, StandardsDetails details) {
        LabourStandards built = build(actor, StandardsId.random(), 0, details);
        records.requireOffice(actor, Operation.WRITE, AuditAction.CREATE, built.id().toString());
        List<LabourStandards> all = Page.all(page -> standards.list(actor.office(), page));
        if (all.size() >= MAX_STANDARDS) {
            throw RefusedException.because("the office already holds " + MAX_STANDARDS + " countries' standards");
        }
        requireOnePerCountry(all, built);
        return records.create(actor, built);
    }

    @Override
    public LabourStandards update(Actor actor, StandardsId id, long expectedVersion, StandardsDetails details) {
        validator.validate(details);
        return records.update(actor, id, current -> {
            LabourStandards built = build(actor, id, expectedVersion, details);
            requireOnePerCountry(Page.all(page -> standards.list(actor.office(), page)), built);
            return built;
        });
    }

    private static void requireOnePerCountry(List<LabourStandards> all, LabourStandards built) {
        all.stream().filter(s -> s.country().equals(built.country()) && !s.id().equals(built.id())).findFirst()
                .ifPresent(s -> {
                    throw RefusedException.because("the standards of country " + built.country()
                            + " are already recorded (" + s.name() + "); replace them instead");
                });
    }

    private LabourStandards build(Actor actor, StandardsId id, long version, StandardsDetails d) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new LabourStandards(id, actor.office(), version, d.country(),
                d.name(), Optional.ofNullable(d.maxDayShiftHours()), Optional.ofNullable(d.maxNightShiftHours()),
                Optional.ofNullable(d.maxMixedShiftHours()), Optional.ofNullable(d.maxDailyOvertimeHours()),
                Optional.ofNullable(d.maxOvertimeDaysPerWeek()), Optional.ofNullable(d.maxWeeklyHours()),
                Optional.ofNullable(d.minWeeklyRestHours()),
                d.nightStarts() == null ? LocalTime.of(20, 0) : d.nightStarts(),
                d.nightEnds() == null ? LocalTime.of(6, 0) : d.nightEnds(),
                d.mixedNightLimit() == null ? new BigDecimal("3.5") : d.mixedNightLimit(), d.wages(), d.holidays()));
    }
}
