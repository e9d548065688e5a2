package io.vigil.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.ReportStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An incident report stored before reports kept the crisis team activation they started (the body
 * below has no {@code crisisActivation}) still reads, without one, and keeps its roll-call.
 */
class IncidentReportStoredFormTest {
    private static final String BEFORE_CRISIS_LINK =
            "{\"id\":\"55555555-5555-4555-8555-555555555555\",\"office\":\"MX-MEX\",\"version\":3,\"category\":\"cr"
            + "ime\",\"subtype\":\"armed-robbery\",\"title\":\"Armed robbery\",\"narrative\":\"At gunpoint.\",\"occ"
            + "urredAt\":\"2026-09-19T12:00:00Z\",\"recordedAt\":\"2026-09-19T12:30:00Z\",\"place\":{\"descriptio"
            + "n\":\"Polanco\",\"point\":{\"latitude\":19.43,\"longitude\":-99.19},\"area\":[]},\"persons\":[],\"asse"
            + "ts\":[],\"severity\":\"SERIOUS\",\"source\":\"staff\",\"verification\":\"CONFIRMED\",\"reportedBy\":\"o"
            + "fficer\",\"writtenDue\":\"2026-09-21T12:00:00Z\",\"writtenReport\":null,\"notices\":[],\"rollCall\":\""
            + "66666666-6666-4666-8666-666666666666\",\"actions\":[],\"status\":\"OPEN\",\"closedAt\":null}";

    private final ObjectMapper json = VigilJson.mapper();

    @Test
    void a_report_stored_before_the_crisis_link_reads_without_an_activation_and_writes_back_with_it_absent()
            throws Exception {
        IncidentReport read = json.readValue(BEFORE_CRISIS_LINK, IncidentReport.class);

        assertThat(read.crisisActivation()).isEmpty();
        assertThat(read.rollCall()).contains("66666666-6666-4666-8666-666666666666");
        assertThat(read.status()).isEqualTo(ReportStatus.OPEN);
        assertThat(read.writtenDue()).contains(Instant.parse("2026-09-21T12:00:00Z"));
        IncidentReport linked = read.linkCrisisActivation("77777777-7777-4777-8777-777777777777").orElseThrow();
        assertThat(json.readValue(json.writeValueAsString(linked), IncidentReport.class).crisisActivation())
                .contains("77777777-7777-4777-8777-777777777777");
    }
}
