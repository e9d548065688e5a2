package io.vigil.liaison.application;

import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.liaison.domain.LiaisonData;
import io.vigil.liaison.domain.MeetingSeries;
import io.vigil.liaison.domain.MeetingSeriesId;
import io.vigil.liaison.port.in.MeetingSeriesDetails;
import io.vigil.liaison.port.in.MeetingSeriesUseCase;
import io.vigil.liaison.port.out.MeetingRecords;
import io.vigil.liaison.port.out.MeetingSeriesRegistry;
import java.util.Objects;

/** The meeting series: bounded per office, kept while they have meetings. */
final class SeriesService extends GuardedRecordsService<MeetingSeriesId, MeetingSeriesDetails, MeetingSeries>
        implements MeetingSeriesUseCase {
    static final String TYPE = "meeting-series";

    private final MeetingSeriesRegistry series;
    private final MeetingRecords meetings;
    private final CommandValidator validator;

    SeriesService(MeetingSeriesRegistry series, MeetingRecords meetings, AccessGuard guard,
                  CommandValidator validator) {
        super(new GuardedRecords<>(TYPE, LiaisonData.MEETINGS, series, series::list, guard));
        this.series = series;
        this.meetings = meetings;
        this.validator = validator;
    }

    @Override
    public MeetingSeries create(Actor actor, MeetingSeriesDetails details) {
        MeetingSeries built = build(actor, MeetingSeriesId.random(), 0, details);
        return records.create(actor, built, series::count, MAX_SERIES, "meeting series");
    }

    @Override
    public MeetingSeries update(Actor actor, MeetingSeriesId id, long expectedVersion, MeetingSeriesDetails details) {
        validator.validate(details);
        return records.update(actor, id, current -> build(actor, id, expectedVersion, details));
    }

    @Override
    public void remove(Actor actor, MeetingSeriesId id, long expectedVersion) {
        records.remove(actor, id, expectedVersion, current -> {
            int n = meetings.ofSeries(current.office(), id).size();
            if (n > 0) {
                throw RefusedException.because("series " + current.name() + " has " + n
                        + " meetings; remove them first");
            }
        });
    }

    private MeetingSeries build(Actor actor, MeetingSeriesId id, long version, MeetingSeriesDetails d) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new MeetingSeries(id, actor.office(), version, d.name(), d.kind(),
                Objects.requireNonNullElse(d.purpose(), "")));
    }
}
