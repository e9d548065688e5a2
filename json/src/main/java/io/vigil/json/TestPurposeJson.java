package io.vigil.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.TestPurpose;
import java.io.IOException;

/**
 * How a communication test's {@link TestPurpose} is stored: as the property {@code incident},
 * {@code null} for a scheduled test and the incident's object for a roll-call, which is how Vigil
 * 0.1 stored its {@code Optional<Incident>}. Bodies stored before the purpose became a type read
 * unchanged, and bodies written now read in 0.1.
 */
final class TestPurposeJson {
    private TestPurposeJson() {
    }

    /** Renames the record component {@code purpose} to the stored property {@code incident}. */
    abstract static class CommunicationTestMixIn {
        @JsonProperty("incident")
        abstract TestPurpose purpose();
    }

    /** Writes a scheduled test's purpose as {@code null}, a roll-call's as its incident. */
    static final class Writer extends JsonSerializer<TestPurpose> {
        @Override
        public void serialize(TestPurpose value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            if (value instanceof TestPurpose.RollCall rollCall) {
                serializers.defaultSerializeValue(rollCall.about(), gen);
            } else {
                gen.writeNull();
            }
        }

        @Override
        public Class<TestPurpose> handledType() {
            return TestPurpose.class;
        }
    }

    /** Reads {@code null} (or no property) as a scheduled test, an object as a roll-call's incident. */
    static final class Reader extends JsonDeserializer<TestPurpose> {
        @Override
        public TestPurpose deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return TestPurpose.rollCall(ctxt.readValue(p, Incident.class));
        }

        @Override
        public TestPurpose getNullValue(DeserializationContext ctxt) {
            return TestPurpose.scheduled();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return TestPurpose.scheduled();
        }
    }
}
