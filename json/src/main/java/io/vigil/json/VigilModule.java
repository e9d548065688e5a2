package io.vigil.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.people.domain.MissionId;
import io.vigil.people.domain.PresenceId;
import io.vigil.people.domain.ResidenceId;
import java.io.IOException;
import java.util.Set;
import java.util.function.Function;

/** Maps Vigil's single-value typed ids to and from JSON strings. */
public final class VigilModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    private static final Set<Class<?>> TEXT_TYPES = Set.of(OfficeId.class, PersonId.class, WardenZoneId.class,
            ResidenceId.class, PresenceId.class, MissionId.class);

    public VigilModule() {
        super("vigil");
        text(OfficeId.class, OfficeId::of, OfficeId::value);
        text(PersonId.class, PersonId::of, PersonId::toString);
        text(WardenZoneId.class, WardenZoneId::of, WardenZoneId::value);
        text(ResidenceId.class, ResidenceId::of, ResidenceId::toString);
        text(PresenceId.class, PresenceId::of, PresenceId::toString);
        text(MissionId.class, MissionId::of, MissionId::toString);
    }

    /** The types this module writes as JSON strings (for schema generators). */
    public static Set<Class<?>> textTypes() {
        return TEXT_TYPES;
    }

    private <T> void text(Class<T> type, Function<String, T> parse, Function<T, String> format) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(format.apply(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    throw InvalidFormatException.from(p, "must be a string", p.getText(), type);
                }
                String text = p.getText();
                try {
                    return parse.apply(text);
                } catch (IllegalArgumentException e) {
                    throw InvalidFormatException.from(p, e.getMessage(), text, type);
                }
            }
        });
    }
}
