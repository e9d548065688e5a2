package io.vigil.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecordQueriesTest {
    private static final OfficeId MEX = OfficeId.of("MX-MEX");
    private static final OfficeId GUA = OfficeId.of("GT-GUA");
    private static final Comparator<Note> BY_RANK = Comparator.comparingInt(Note::rank);

    /** A record small enough to read the expected answers off by eye. */
    private record Note(String id, OfficeId office, long version, int rank) implements Versioned<String, Note> {
        @Override
        public Note withVersion(long version) {
            return new Note(id, office, version, rank);
        }
    }

    private static final List<Note> NOTES = List.of(new Note("c", MEX, 1, 3), new Note("a", MEX, 1, 1),
            new Note("x", GUA, 1, 2), new Note("b", MEX, 1, 2), new Note("d", MEX, 1, 4));
    private static final Map<String, Note> BY_ID = NOTES.stream().collect(Collectors.toMap(Note::id,
            Function.identity()));
    private final RecordQueries<String, Note> query = new RecordQueries<>(NOTES::stream,
            id -> Optional.ofNullable(BY_ID.get(id)));

    private static List<String> ids(List<Note> notes) {
        return notes.stream().map(Note::id).toList();
    }

    @Test
    void an_office_list_holds_only_that_offices_records_in_order() {
        assertThat(ids(query.list(MEX, BY_RANK))).containsExactly("a", "b", "c", "d");
        assertThat(ids(query.list(MEX, n -> n.rank() % 2 == 0, BY_RANK))).containsExactly("b", "d");
        assertThat(ids(query.list(OfficeId.of("KE-NBO"), BY_RANK))).isEmpty();
    }

    @Test
    void a_page_counts_every_match_and_holds_the_requested_slice() {
        Page<Note> second = query.page(MEX, BY_RANK, new PageRequest(1, 2));
        assertThat(ids(second.items())).containsExactly("b", "c");
        assertThat(second.total()).isEqualTo(4);
        Page<Note> filtered = query.page(MEX, n -> n.rank() > 1, BY_RANK, new PageRequest(2, 5));
        assertThat(ids(filtered.items())).containsExactly("d");
        assertThat(filtered.total()).isEqualTo(3);
    }

    @Test
    void any_office_reaches_across_offices() {
        assertThat(ids(query.anyOffice(n -> n.rank() == 2, Comparator.comparing(Note::id))))
                .containsExactly("b", "x");
    }

    @Test
    void by_ids_reads_each_known_id_once_and_leaves_unknown_ones_out() {
        assertThat(ids(query.byIds(List.of("d", "nobody", "a", "d"), BY_RANK))).containsExactly("a", "d");
        assertThat(ids(query.byIds(List.of("x", "b", "c"), n -> n.office().equals(MEX), BY_RANK)))
                .containsExactly("b", "c");
    }

    @Test
    void matching_leaves_the_order_to_the_caller() {
        assertThat(ids(query.matching(MEX, n -> n.rank() >= 3).toList())).containsExactlyInAnyOrder("c", "d");
    }
}
