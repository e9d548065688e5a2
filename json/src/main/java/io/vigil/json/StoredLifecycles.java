package io.vigil.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.vigil.alerting.domain.Drill;
import io.vigil.alerting.domain.DrillId;
import io.vigil.alerting.domain.DrillState;
import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.domain.RequestId;
import io.vigil.alerting.domain.RequestState;
import io.vigil.alerting.domain.RequestStatus;
import io.vigil.alerting.domain.ResponseEntry;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.risk.domain.AcceptabilityRules;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.AssessmentState;
import io.vigil.risk.domain.AssessmentStatus;
import io.vigil.risk.domain.ProgrammeCriticality;
import io.vigil.risk.domain.Risk;
import io.vigil.risk.domain.RiskMatrix;
import io.vigil.risk.domain.ReviewSuggestion;
import io.vigil.risk.domain.SecurityAssessment;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The stored form of the records whose lifecycle is a sealed state: the same flat fields as
 * before the states were types ({@code status}, {@code approvedBy}, {@code approvedAt},
 * {@code closedAt}, {@code endedAt}), so bodies stored by earlier versions read, and what is
 * written now reads in them.
 */
final class StoredLifecycles {
    private StoredLifecycles() {
    }

    /**
     * A security assessment as stored: its state as a status and the approval fields; a review
     * suggestion only when there is one, so a body without one is written as release 0.1 wrote it.
     */
    record StoredAssessment(AssessmentId id, OfficeId office, long version, String title, List<GeoPoint> area,
                            Instant validFrom, Instant validTo, String summary, List<Risk> risks,
                            ProgrammeCriticality criticality, Optional<Integer> securityLevel, Instant reviewDue,
                            AssessmentStatus status, RiskMatrix matrix, AcceptabilityRules rules,
                            Optional<String> approvedBy, Optional<Instant> approvedAt,
                            @JsonInclude(JsonInclude.Include.NON_ABSENT)
                            Optional<ReviewSuggestion> reviewSuggestion) {
        static StoredAssessment of(SecurityAssessment a) {
            return new StoredAssessment(a.id(), a.office(), a.version(), a.title(), a.area(), a.validFrom(),
                    a.validTo(), a.summary(), a.risks(), a.criticality(), a.securityLevel(), a.reviewDue(),
                    a.status(), a.matrix(), a.rules(), a.approvedBy(), a.approvedAt(), a.reviewSuggestion());
        }

        SecurityAssessment toDomain() {
            return new SecurityAssessment(id, office, version, title, area, validFrom, validTo, summary, risks,
                    criticality, securityLevel, reviewDue, AssessmentState.of(status, orEmpty(approvedBy),
                    orEmpty(approvedAt)), matrix, rules, orEmpty(reviewSuggestion));
        }
    }

    /** An emergency request as stored: its state as a status and the closing time. */
    record StoredRequest(RequestId id, OfficeId office, long version, Instant receivedAt, String caller,
                         String callbackNumber, String situation, Optional<GeoPoint> location, String takenBy,
                         List<ResponseEntry> responses, RequestStatus status, Optional<Instant> closedAt) {
        static StoredRequest of(EmergencyRequest r) {
            return new StoredRequest(r.id(), r.office(), r.version(), r.receivedAt(), r.caller(), r.callbackNumber(),
                    r.situation(), r.location(), r.takenBy(), r.responses(), r.status(), r.closedAt());
        }

        EmergencyRequest toDomain() {
            return new EmergencyRequest(id, office, version, receivedAt, caller, callbackNumber, situation, location,
                    takenBy, responses, RequestState.of(status, orEmpty(closedAt)));
        }
    }

    /** A drill as stored inside its phone tree: its state as the end time, absent while running. */
    record StoredDrill(DrillId id, Instant startedAt, int targetMinutes, PersonId root, List<PhoneTree.Link> links,
                       List<Drill.Call> calls, Optional<Instant> endedAt) {
        static StoredDrill of(Drill d) {
            return new StoredDrill(d.id(), d.startedAt(), d.targetMinutes(), d.root(), d.links(), d.calls(),
                    d.endedAt());
        }

        Drill toDomain() {
            return new Drill(id, startedAt, targetMinutes, root, links, calls, DrillState.of(orEmpty(endedAt)));
        }
    }

    /** Registers the stored forms on {@code module}. */
    static void register(SimpleModule module) {
        add(module, SecurityAssessment.class, StoredAssessment.class, StoredAssessment::of,
                StoredAssessment::toDomain);
        add(module, EmergencyRequest.class, StoredRequest.class, StoredRequest::of, StoredRequest::toDomain);
        add(module, Drill.class, StoredDrill.class, StoredDrill::of, StoredDrill::toDomain);
    }

    private static <T, S> void add(SimpleModule module, Class<T> type, Class<S> stored, Function<T, S> write,
                                   Function<S, T> read) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                provider.defaultSerializeValue(write.apply(value), gen);
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                S body = ctxt.readValue(p, stored);
                try {
                    return read.apply(body);
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw ValueInstantiationException.from(p, "cannot read " + type.getSimpleName() + ": "
                            + e.getMessage(), ctxt.constructType(type), e);
                }
            }
        });
    }

    /** An absent optional field reads as null in a record body; treat it as empty. */
    private static <V> Optional<V> orEmpty(Optional<V> value) {
        return value == null ? Optional.empty() : value;
    }
}
