package io.vigil.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.TestPurpose;
import io.vigil.kernel.access.DataClass;
import io.vigil.wiring.AccessRegistry;
import java.io.IOException;
import java.util.List;

/**
 * Maps every typed id of the domain (see {@link TypedId}) to and from a plain JSON string, and
 * every {@link DataClass} to and from its name (read back through {@link AccessRegistry}, which
 * knows every context's classes). Bodies stored by Vigil 0.1, where most ids were objects
 * ({@code {"value": "..."}}), still read. A communication test's purpose is stored as 0.1 stored
 * its optional incident ({@link TestPurposeJson}); records whose lifecycle is a sealed state keep
 * their flat stored form (see {@link StoredLifecycles}).
 */
public final class VigilModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    public VigilModule() {
        super("vigil");
        addSerializer(TestPurpose.class, new TestPurposeJson.Writer());
        addDeserializer(TestPurpose.class, new TestPurposeJson.Reader());
        setMixInAnnotation(CommunicationTest.class, TestPurposeJson.CommunicationTestMixIn.class);
        StoredLifecycles.register(this);
    }

    /** Whether this module writes a type as a JSON string (for schema generators). */
    public static boolean writesAsText(Class<?> type) {
        return TypedId.of(type).isPresent() || DataClass.class.isAssignableFrom(type);
    }

    /** The names a {@link DataClass} may have in a body: every context's classes (for schema generators). */
    public static List<String> dataClassNames() {
        return AccessRegistry.dataClasses().stream().map(DataClass::name).toList();
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addSerializers(new Serializers.Base() {
            @Override
            public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription bean) {
                if (DataClass.class.isAssignableFrom(type.getRawClass())) {
                    return DATA_CLASS_SERIALIZER;
                }
                return TypedId.of(type.getRawClass()).map(VigilModule::serializer).orElse(null);
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                            BeanDescription bean) {
                if (type.getRawClass() == DataClass.class) {
                    return DATA_CLASS_DESERIALIZER;
                }
                return TypedId.of(type.getRawClass()).map(VigilModule::deserializer).orElse(null);
            }
        });
        context.addKeyDeserializers(new KeyDeserializers() {
            @Override
            public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
                                                       BeanDescription bean) {
                return TypedId.of(type.getRawClass()).map(VigilModule::keyDeserializer).orElse(null);
            }
        });
    }

    private static final JsonSerializer<DataClass> DATA_CLASS_SERIALIZER = new JsonSerializer<>() {
        @Override
        public void serialize(DataClass value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.name());
        }
    };

    private static final JsonDeserializer<DataClass> DATA_CLASS_DESERIALIZER = new JsonDeserializer<>() {
        @Override
        public DataClass deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw InvalidFormatException.from(p, "must be a string", p.getText(), DataClass.class);
            }
            String name = p.getText();
            return AccessRegistry.dataClass(name).orElseThrow(() -> InvalidFormatException.from(p,
                    "must be one of " + dataClassNames(), name, DataClass.class));
        }
    };

    private static JsonSerializer<Object> serializer(TypedId id) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(id.format(value));
            }
        };
    }

    private static JsonDeserializer<Object> deserializer(TypedId id) {
        return new JsonDeserializer<>() {
            @Override
            public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() == JsonToken.VALUE_STRING) {
                    return parse(id, p, p.getText());
                }
                if (p.currentToken() == JsonToken.START_OBJECT) {
                    // the 0.1 form of most ids: {"value": "..."}, nothing else in it
                    JsonNode legacy = ctxt.readTree(p);
                    JsonNode text = legacy.get("value");
                    if (legacy.size() == 1 && text != null && text.isTextual()) {
                        return parse(id, p, text.textValue());
                    }
                    throw InvalidFormatException.from(p, "must be a string", legacy.toString(), id.type());
                }
                throw InvalidFormatException.from(p, "must be a string", p.getText(), id.type());
            }
        };
    }

    private static KeyDeserializer keyDeserializer(TypedId id) {
        return new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                try {
                    return id.parse(key);
                } catch (IllegalArgumentException e) {
                    return ctxt.handleWeirdKey(id.type(), key, "%s", e.getMessage());
                }
            }
        };
    }

    private static Object parse(TypedId id, JsonParser p, String text) throws IOException {
        try {
            return id.parse(text);
        } catch (IllegalArgumentException e) {
            throw InvalidFormatException.from(p, e.getMessage(), text, id.type());
        }
    }
}
