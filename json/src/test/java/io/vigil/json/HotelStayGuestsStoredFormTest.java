package io.vigil.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.kernel.PersonId;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.Mission;
import io.vigil.testkit.golden.GoldenBodies;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hotel stay stored by 0.1 names no guests: it reads as a stay by every member of its mission. */
class HotelStayGuestsStoredFormTest {
    private static final String MISSION = "5fcee42e-1181-4801-ba4b-86b5a8ee635d";
    private final ObjectMapper json = VigilJson.mapper();

    @Test
    void a_stay_of_release_0_1_without_guests_is_by_every_member_and_keeps_them_when_written_again() throws Exception {
        String body = GoldenBodies.of(GoldenBodies.V0_1, "missions").get(MISSION + ".json");
        assertThat(body).doesNotContain("guests");
        Mission m = json.readValue(body, Mission.class);
        List<PersonId> members = List.of(PersonId.of("f7fc04b3-ec2f-403f-8ba0-3a13ca3ee4e5"),
                PersonId.of("b67f1154-1f58-42c2-9059-ee2086f769e7"), PersonId.of("2d2e619f-f130-49f8-a321-e8f8ab5bcc76"),
                PersonId.of("3fd5ac56-8d8f-4911-94e2-1bc1d0d69dc3"));
        assertThat(m.stays()).hasSize(2).allSatisfy(s -> assertThat(s.guests()).containsExactlyElementsOf(members));
        String written = json.writeValueAsString(m);
        assertThat(json.readTree(written).path("stays").get(0).path("guests")).hasSize(4);
        assertThat(json.readValue(written, Mission.class)).isEqualTo(m);
    }

    @Test
    void a_stay_naming_one_guest_is_written_and_read_with_that_guest_only() throws Exception {
        String body = GoldenBodies.of(GoldenBodies.V0_1, "missions").get(MISSION + ".json");
        Mission m = json.readValue(body, Mission.class);
        HotelStay first = m.stays().get(0).withGuests(List.of(m.members().get(1)));
        Mission split = new Mission(m.id(), m.office(), m.version(), m.name(), m.purpose(), m.members(), m.legs(),
                List.of(first, m.stays().get(1)));
        Mission back = json.readValue(json.writeValueAsString(split), Mission.class);
        assertThat(back.stays().get(0).guests()).containsExactly(m.members().get(1));
        assertThat(back.stays().get(1).guests()).hasSize(4);
    }
}
