package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.vigil.kernel.Kernel;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.domain.SpanLimits;
import io.vigil.people.domain.WardenRosterWindow;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.out.PeoplePorts;

/**
 * The personnel context: its use cases from its ports (bound by an adapter module) and the kernel,
 * within two limits a host may set with {@code OptionalBinder.newOptionalBinder(binder(),
 * SpanLimits.class).setBinding().toInstance(...)} (and the same for {@link WardenRosterWindow}):
 * how long a leg, hotel stay or presence may be ({@link SpanLimits#DEFAULT}: 366 days, 366 days, 50
 * years), and how far from now a warden may ask for their zone's roster
 * ({@link WardenRosterWindow#DEFAULT}: a week either way).
 */
public final class PeopleModule extends ContextModule {

    public PeopleModule() {
        super(PeopleUseCases.class);
    }

    @Override
    protected void configureSettings() {
        OptionalBinder.newOptionalBinder(binder(), SpanLimits.class).setDefault().toInstance(SpanLimits.DEFAULT);
        OptionalBinder.newOptionalBinder(binder(), WardenRosterWindow.class).setDefault()
                .toInstance(WardenRosterWindow.DEFAULT);
    }

    @Provides
    @Singleton
    PeopleUseCases useCases(PeoplePorts ports, Kernel kernel, WardenRosterWindow rosterWindow, SpanLimits spans) {
        return PeopleServices.create(ports, kernel, rosterWindow, spans);
    }
}
