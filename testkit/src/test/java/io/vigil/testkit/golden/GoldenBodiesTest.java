package io.vigil.testkit.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class GoldenBodiesTest {
    @Test
    void the_store_directories_of_0_1_are_listed_without_the_readme() {
        assertThat(GoldenBodies.storeDirs(GoldenBodies.V0_1)).hasSize(18)
                .contains("persons", "check-ins", "risk-policies", "warden-zones").doesNotContain("README.md");
    }

    @Test
    void a_store_directory_gives_each_file_by_name_with_its_bytes_unchanged() throws Exception {
        SortedMap<String, String> zones = GoldenBodies.of(GoldenBodies.V0_1, "warden-zones");

        assertThat(zones.keySet()).containsExactly("CDMX-NORTE.json", "CDMX-SUR.json");
        try (InputStream file = getClass().getResourceAsStream("/io/vigil/testkit/golden/v0.1/warden-zones/CDMX-SUR.json")) {
            assertThat(zones.get("CDMX-SUR.json")).isEqualTo(new String(file.readAllBytes(), StandardCharsets.UTF_8))
                    .startsWith("{\"id\":\"CDMX-SUR\",\"office\":\"MX-MEX\",");
        }
    }

    @Test
    void an_unknown_version_or_directory_is_refused() {
        assertThatThrownBy(() -> GoldenBodies.of("v9", "persons")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoldenBodies.of(GoldenBodies.V0_1, "nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
