package io.vigil.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.people.domain.PeopleData;
import io.vigil.wiring.AccessRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataClassJsonTest {
    private final ObjectMapper json = VigilJson.mapper();

    @Test
    void every_data_class_is_written_as_its_name_and_read_back_as_itself() throws Exception {
        for (DataClass c : AccessRegistry.dataClasses()) {
            String text = json.writeValueAsString(c);
            assertThat(text).isEqualTo('"' + c.name() + '"');
            assertThat(json.readValue(text, DataClass.class)).isSameAs(c);
        }
    }

    @Test
    void an_audit_entry_stores_its_data_class_by_name() throws Exception {
        String stored = "{\"id\":\"26145d71-94db-4a43-b1ac-8606e7312730\",\"at\":\"2026-12-01T20:03:38.783Z\","
                + "\"office\":\"MX-MEX\",\"actor\":\"officer@demo\",\"action\":\"READ\",\"resourceType\":\"residence\","
                + "\"resourceId\":\"r1\",\"dataClass\":\"RESIDENCE\",\"granted\":true,"
                + "\"basis\":\"security officer of office MX-MEX\",\"persons\":[]}";
        AuditEntry e = json.readValue(stored, AuditEntry.class);
        assertThat(e.dataClass()).isSameAs(PeopleData.RESIDENCE);
        assertThat(json.readTree(json.writeValueAsString(e))).isEqualTo(json.readTree(stored));
    }

    @Test
    void an_unknown_name_is_refused_naming_the_known_ones() {
        assertThatThrownBy(() -> json.readValue("\"PAYROLL\"", DataClass.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("RESIDENCE");
        assertThatThrownBy(() -> json.readValue("3", DataClass.class)).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void a_list_of_classes_is_a_list_of_names() throws Exception {
        List<DataClass> withheld = List.of(PeopleData.CONTACT, PeopleData.HEALTH);
        assertThat(json.writeValueAsString(withheld)).isEqualTo("[\"CONTACT\",\"HEALTH\"]");
    }
}
