package io.vigil.testkit.contract.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.liaison.domain.Meeting;
import io.vigil.liaison.domain.MeetingId;
import io.vigil.liaison.domain.MeetingSeriesId;
import io.vigil.liaison.port.out.MeetingRecords;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.LiaisonGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link MeetingRecords}; extend it with your adapter. */
public abstract class MeetingRecordsContract extends VersionedStoreContract<MeetingId, Meeting, MeetingRecords> {

    @Override
    protected Gen<Meeting> newAggregates(OfficeId office) {
        return LiaisonGenerators.meetings(office);
    }

    @Override
    protected Meeting changed(Meeting x) {
        return new Meeting(x.id(), x.office(), x.version(), x.series(), x.heldAt(), x.attendees(), x.externalAttendees(), x.agenda(), x.minutes() + " (amended)", List.of(), x.carriedOver(), x.recordedAt());
    }

    @Test
    void the_list_is_the_offices_own_in_order_and_paged() {
        assertOfficeList(Meeting.LATEST_FIRST, store()::list, store()::all, store()::count);
    }

    @Test
    void ofSeries_gives_the_offices_records_of_that_series_in_order() {
        MeetingSeriesId one = MeetingSeriesId.random();
        MeetingSeriesId other = MeetingSeriesId.random();
        List<Meeting> mine = draw(lists().of(LiaisonGenerators.meetings(office)).ofSize(4)).stream()
                .map(x -> new Meeting(x.id(), x.office(), 0, one, x.heldAt(), x.attendees(), x.externalAttendees(), x.agenda(), x.minutes(), x.decisions(), x.carriedOver(), x.recordedAt())).map(store()::save).sorted(Meeting.LATEST_FIRST).toList();
        Meeting x = draw(LiaisonGenerators.meetings(office));
        store().save(new Meeting(x.id(), x.office(), 0, other, x.heldAt(), x.attendees(), x.externalAttendees(), x.agenda(), x.minutes(), x.decisions(), x.carriedOver(), x.recordedAt()));
        x = draw(LiaisonGenerators.meetings(KernelGenerators.freshOffice()));
        store().save(new Meeting(x.id(), x.office(), 0, one, x.heldAt(), x.attendees(), x.externalAttendees(), x.agenda(), x.minutes(), x.decisions(), x.carriedOver(), x.recordedAt()));
        assertThat(store().ofSeries(office, one)).containsExactlyElementsOf(mine);
    }
}
