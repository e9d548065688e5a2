package io.vigil.examples;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bearer tokens of a deployment, read from the file {@code VIGIL_TOKENS_FILE} names: one token a
 * line, as whitespace-separated fields {@code <token> <subject> <office> <ROLE[,ROLE...]> [<person id>
 * [<zone>[,<zone>...]]]}; blank lines and lines starting with {@code #} are skipped. A token has at
 * least {@value #MIN_TOKEN_LENGTH} characters and appears once; a STAFF or WARDEN line names its
 * person, a WARDEN line its zones too. Any fault refuses the whole file, naming the line.
 */
final class TokensFile {
    static final String VARIABLE = "VIGIL_TOKENS_FILE";
    static final int MIN_TOKEN_LENGTH = 16;

    private TokensFile() {
    }

    /** Token to actor, in the file's order. */
    static Map<String, Actor> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(VARIABLE + " names " + file + ", which cannot be read: " + e, e);
        }
        Map<String, Actor> tokens = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = VARIABLE + " " + file + " line " + (i + 1) + ": ";
            String[] fields = line.split("\\s+");
            if (fields.length < 4 || fields.length > 6) {
                throw new IllegalArgumentException(where + "expected <token> <subject> <office> <roles>"
                        + " [<person id> [<zones>]], found " + fields.length + " fields");
            }
            if (fields[0].length() < MIN_TOKEN_LENGTH) {
                throw new IllegalArgumentException(where + "a token has at least " + MIN_TOKEN_LENGTH + " characters");
            }
            Actor actor;
            try {
                actor = actor(fields);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
            if (tokens.putIfAbsent(fields[0], actor) != null) {
                throw new IllegalArgumentException(where + "the token appears on an earlier line too");
            }
        }
        return tokens;
    }

    private static Actor actor(String[] fields) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : fields[3].split(",")) {
            try {
                roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown role '" + name + "'; roles are "
                        + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")), e);
            }
        }
        Optional<PersonId> person = fields.length > 4 ? Optional.of(PersonId.of(fields[4])) : Optional.empty();
        Set<WardenZoneId> zones = fields.length > 5 ? Arrays.stream(fields[5].split(",")).map(WardenZoneId::of)
                .collect(Collectors.toSet()) : Set.of();
        return new Actor(fields[1], OfficeId.of(fields[2]), roles, person, zones);
    }
}
