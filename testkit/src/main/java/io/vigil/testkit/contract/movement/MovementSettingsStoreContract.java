package io.vigil.testkit.contract.movement;

import io.vigil.kernel.OfficeId;
import io.vigil.movement.domain.MovementSettings;
import io.vigil.movement.port.out.MovementSettingsStore;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.MovementGenerators;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link MovementSettingsStore}; extend it with your adapter. Settings are keyed
 * by office, so every new one belongs to a fresh office.
 */
public abstract class MovementSettingsStoreContract
        extends VersionedStoreContract<OfficeId, MovementSettings, MovementSettingsStore> {

    @Override
    protected Gen<MovementSettings> newAggregates(OfficeId office) {
        return MovementGenerators.settings();
    }

    /** The settings with one more minute before the crisis team leader is told (or back to one). */
    @Override
    protected MovementSettings changed(MovementSettings s) {
        return new MovementSettings(s.id(), s.version(), s.timeZone(),
                s.leaderAfterMinutes() >= MovementSettings.MAX_LEADER_AFTER ? 1 : s.leaderAfterMinutes() + 1,
                s.convoy(), s.supportLeadDays());
    }
}
