package io.vigil.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.vigil.alerting.domain.AdvisoryId;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.DrillId;
import io.vigil.alerting.domain.RequestId;
import io.vigil.alerting.domain.ShiftId;
import io.vigil.alerting.domain.TreeId;
import io.vigil.awareness.domain.BriefingId;
import io.vigil.awareness.domain.CompletionId;
import io.vigil.awareness.domain.CourseId;
import io.vigil.crisis.domain.ActivationId;
import io.vigil.crisis.domain.RelocationId;
import io.vigil.crisis.domain.ExerciseId;
import io.vigil.documents.domain.ContentId;
import io.vigil.documents.domain.DisseminationId;
import io.vigil.documents.domain.DocumentId;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.InspectionId;
import io.vigil.guard.domain.InvoiceId;
import io.vigil.guard.domain.IssueId;
import io.vigil.guard.domain.PerformanceReviewId;
import io.vigil.liaison.domain.OrganisationId;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.domain.ContactEntryId;
import io.vigil.liaison.domain.ExchangeId;
import io.vigil.liaison.domain.MeetingSeriesId;
import io.vigil.liaison.domain.MeetingId;
import io.vigil.liaison.domain.ActionItemId;
import io.vigil.liaison.domain.AdviceId;
import io.vigil.guard.domain.RosterId;
import io.vigil.guard.domain.StandardsId;
import io.vigil.incident.domain.EnquiryId;
import io.vigil.incident.domain.IncidentReportId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.movement.domain.DriverId;
import io.vigil.movement.domain.MedevacPlanId;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.RiverOptionId;
import io.vigil.movement.domain.VisitId;
import io.vigil.movement.domain.RoadIncidentId;
import io.vigil.movement.domain.VehicleId;
import io.vigil.people.domain.MissionId;
import io.vigil.people.domain.PresenceId;
import io.vigil.people.domain.ResidenceId;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.FacilityId;
import io.vigil.risk.domain.PremisesProjectId;
import io.vigil.risk.domain.RestrictedAreaId;
import io.vigil.risk.domain.VenueId;
import io.vigil.travel.domain.AirOperatorId;
import io.vigil.travel.domain.ClearanceId;
import io.vigil.travel.domain.WaiverId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Typed ids are written as plain strings, and read from a string or from the 0.1 object form. */
class TypedIdFormsTest {
    private static final String UUID_TEXT = "5e43046e-4df1-4285-a294-0c4bbbfba79f";
    /** The warden zone id type, named in this one place (it is being renamed WardenZoneId). */
    private static final Class<?> WARDEN_ZONE_ID = io.vigil.kernel.WardenZoneId.class;

    private final ObjectMapper json = VigilJson.mapper();

    /** Every typed id of the domain with a valid text of it. */
    static Stream<Arguments> ids() {
        return Stream.of(Arguments.of(OfficeId.class, "MX-MEX"), Arguments.of(io.vigil.kernel.Language.class, "fr"),
                Arguments.of(WARDEN_ZONE_ID, "CDMX-SUR"),
                Arguments.of(PersonId.class, UUID_TEXT), Arguments.of(ResidenceId.class, UUID_TEXT),
                Arguments.of(PresenceId.class, UUID_TEXT), Arguments.of(MissionId.class, UUID_TEXT),
                Arguments.of(AssessmentId.class, UUID_TEXT), Arguments.of(FacilityId.class, UUID_TEXT),
                Arguments.of(RestrictedAreaId.class, UUID_TEXT), Arguments.of(VenueId.class, UUID_TEXT),
                Arguments.of(AdvisoryId.class, UUID_TEXT), Arguments.of(CommTestId.class, UUID_TEXT),
                Arguments.of(DrillId.class, UUID_TEXT), Arguments.of(RequestId.class, UUID_TEXT),
                Arguments.of(ShiftId.class, UUID_TEXT), Arguments.of(TreeId.class, UUID_TEXT),
                Arguments.of(CourseId.class, UUID_TEXT), Arguments.of(CompletionId.class, UUID_TEXT),
                Arguments.of(BriefingId.class, UUID_TEXT), Arguments.of(MovementId.class, UUID_TEXT),
                Arguments.of(VehicleId.class, UUID_TEXT), Arguments.of(DriverId.class, UUID_TEXT),
                Arguments.of(RiverOptionId.class, UUID_TEXT), Arguments.of(MedevacPlanId.class, UUID_TEXT),
                Arguments.of(VisitId.class, UUID_TEXT),
                Arguments.of(RoadIncidentId.class, UUID_TEXT), Arguments.of(GuardContractId.class, UUID_TEXT),
                Arguments.of(RosterId.class, UUID_TEXT), Arguments.of(InvoiceId.class, UUID_TEXT),
                Arguments.of(IssueId.class, UUID_TEXT), Arguments.of(InspectionId.class, UUID_TEXT),
                Arguments.of(StandardsId.class, UUID_TEXT),
                Arguments.of(ActivationId.class, UUID_TEXT), Arguments.of(ExerciseId.class, UUID_TEXT),
                Arguments.of(RelocationId.class, UUID_TEXT),
                Arguments.of(PremisesProjectId.class, UUID_TEXT),
                Arguments.of(IncidentReportId.class, UUID_TEXT),
                Arguments.of(EnquiryId.class, UUID_TEXT),
                Arguments.of(ClearanceId.class, UUID_TEXT),
                Arguments.of(WaiverId.class, UUID_TEXT),
                Arguments.of(AirOperatorId.class, UUID_TEXT),
                Arguments.of(DisseminationId.class, UUID_TEXT),
                Arguments.of(DocumentId.class, UUID_TEXT),
                Arguments.of(ContentId.class, UUID_TEXT),
                Arguments.of(PerformanceReviewId.class, UUID_TEXT),
                Arguments.of(OrganisationId.class, UUID_TEXT),
                Arguments.of(LiaisonContactId.class, UUID_TEXT),
                Arguments.of(ContactEntryId.class, UUID_TEXT),
                Arguments.of(ExchangeId.class, UUID_TEXT),
                Arguments.of(MeetingSeriesId.class, UUID_TEXT),
                Arguments.of(MeetingId.class, UUID_TEXT),
                Arguments.of(ActionItemId.class, UUID_TEXT),
                Arguments.of(AdviceId.class, UUID_TEXT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void an_id_reads_from_a_string_and_from_the_old_object_form_and_writes_a_string(Class<?> type, String text)
            throws Exception {
        Object fromString = json.readValue("\"" + text + "\"", type);
        Object fromObject = json.readValue("{\"value\": \"" + text + "\"}", type);

        assertThat(fromObject).isEqualTo(fromString);
        assertThat(fromString.getClass()).isEqualTo(type);
        assertThat(fromString.getClass().getRecordComponents()[0].getAccessor().invoke(fromString).toString())
                .isEqualTo(text);
        assertThat(json.writeValueAsString(fromString)).isEqualTo("\"" + text + "\"");
        assertThat(json.writeValueAsString(fromObject)).isEqualTo("\"" + text + "\"");
    }

    @Test
    void every_single_value_record_of_the_domain_is_a_typed_id_listed_here() {
        List<Class<?>> found = singleValueRecordsOfCore();
        List<Class<?>> listed = ids().<Class<?>>map(a -> (Class<?>) a.get()[0]).toList();

        assertThat(found).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(found).allSatisfy(type -> assertThat(VigilModule.writesAsText(type)).as(type.getName()).isTrue());
    }

    @Test
    void records_that_are_not_ids_stay_objects() {
        assertThat(VigilModule.writesAsText(io.vigil.risk.domain.RiskMatrix.class)).isFalse();
        assertThat(VigilModule.writesAsText(io.vigil.alerting.domain.Target.class)).isFalse();
        assertThat(VigilModule.writesAsText(String.class)).isFalse();
    }

    @Test
    void an_id_in_the_old_form_is_checked_like_a_string() {
        assertThatThrownBy(() -> json.readValue("{\"value\": \"not-a-uuid\"}", AssessmentId.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("assessmentId must be a UUID");
        assertThatThrownBy(() -> json.readValue("{\"value\": \"mx mex\"}", OfficeId.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("officeId must be 2-32");
    }

    @Test
    void an_object_with_more_than_the_value_or_a_value_that_is_no_string_is_refused() {
        assertThatThrownBy(() -> json.readValue("{\"value\": \"" + UUID_TEXT + "\", \"kind\": \"x\"}", TreeId.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("must be a string");
        assertThatThrownBy(() -> json.readValue("{\"value\": 42}", TreeId.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("must be a string");
        assertThatThrownBy(() -> json.readValue("{}", TreeId.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("must be a string");
        assertThatThrownBy(() -> json.readValue("42", DrillId.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("must be a string");
        assertThatThrownBy(() -> json.readValue("[\"" + UUID_TEXT + "\"]", DrillId.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("must be a string");
    }

    @Test
    void an_id_in_a_list_or_as_a_map_key_is_a_string() throws Exception {
        ShiftId shift = ShiftId.of(UUID_TEXT);
        assertThat(json.writeValueAsString(List.of(shift))).isEqualTo("[\"" + UUID_TEXT + "\"]");
        String keyed = json.writeValueAsString(Map.of(shift, 1));
        assertThat(keyed).isEqualTo("{\"" + UUID_TEXT + "\":1}");
        assertThat(json.readValue(keyed, new TypeReference<Map<ShiftId, Integer>>() { })).containsEntry(shift, 1);
        assertThatThrownBy(() -> json.readValue("{\"nope\":1}", new TypeReference<Map<ShiftId, Integer>>() { }))
                .hasMessageContaining("shiftId must be a UUID");
    }

    /** The records of module core whose only component is named value. */
    private static List<Class<?>> singleValueRecordsOfCore() {
        try {
            Path location = Path.of(PersonId.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> classes;
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    classes = files.map(f -> location.relativize(f).toString().replace('\\', '/')).toList();
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    classes = Collections.list(jar.entries()).stream().map(e -> e.getName()).toList();
                }
            }
            return classes.stream().filter(n -> n.startsWith("io/vigil/") && n.endsWith(".class"))
                    .<Class<?>>map(n -> load(n.substring(0, n.length() - ".class".length()).replace('/', '.')))
                    .filter(Class::isRecord).filter(TypedIdFormsTest::hasOnlyValue).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasOnlyValue(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        return components.length == 1 && components[0].getName().equals("value");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, TypedIdFormsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
