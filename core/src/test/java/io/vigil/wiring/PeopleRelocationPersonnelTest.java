package io.vigil.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.crisis.domain.EvacueeCategory;
import io.vigil.people.domain.PersonCategory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The relocation list's categories are the personnel records' own, one for one. */
class PeopleRelocationPersonnelTest {
    @Test
    void every_person_category_is_a_category_of_the_relocation_list_by_the_same_name() {
        for (PersonCategory c : PersonCategory.values()) {
            assertThat(PeopleRelocationPersonnel.category(c.name()).name()).isEqualTo(c.name());
        }
        assertThat(Arrays.stream(EvacueeCategory.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(PersonCategory.values()).map(Enum::name).toList());
    }
}
