package io.vigil.files.awareness;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.awareness.domain.AwarenessPolicy;
import io.vigil.awareness.domain.Briefing;
import io.vigil.awareness.domain.Completion;
import io.vigil.awareness.domain.Course;
import io.vigil.awareness.port.out.AwarenessPorts;
import io.vigil.files.JsonDirectory;
import io.vigil.json.VigilJson;
import io.vigil.wiring.ContextStores;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The awareness context's stores ({@code courses/}, {@code completions/}, {@code briefings/},
 * {@code awareness-policies/}) as JSON files under a base directory, one file per record; nothing is
 * read until first use.
 */
public final class FileAwarenessStores implements ContextStores<AwarenessPorts> {
    private final Path base;

    public FileAwarenessStores(Path base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public Class<AwarenessPorts> portsType() {
        return AwarenessPorts.class;
    }

    @Override
    public AwarenessPorts open() {
        ObjectMapper json = VigilJson.mapper();
        return new AwarenessPorts(
                new FileCourseCatalogue(new JsonDirectory<>(base.resolve("courses"), json, Course.class,
                        c -> c.id().toString())),
                new FileCompletionLog(new JsonDirectory<>(base.resolve("completions"), json, Completion.class,
                        c -> c.id().toString())),
                new FileBriefingLog(new JsonDirectory<>(base.resolve("briefings"), json, Briefing.class,
                        b -> b.id().toString())),
                new FileAwarenessPolicyStore(new JsonDirectory<>(base.resolve("awareness-policies"), json,
                        AwarenessPolicy.class, p -> p.id().value())));
    }
}
