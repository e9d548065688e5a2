package io.vigil.rest.identity;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.rest.TokenRefusedException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How an identity provider's claims make an {@link Actor}. A claim name may be a dotted path into
 * nested objects ({@code realm_access.roles}); a claim holding several values is a JSON array of
 * strings or one string of names separated by spaces or commas.
 *
 * @param subject the claim naming the actor ({@code sub} by default)
 * @param office  the claim naming the office the actor acts in; empty when the deployment serves one
 *                office, which every token then acts in
 * @param offices the offices the deployment serves: a token naming another is refused
 * @param roles   the claim listing the actor's roles at the identity provider
 * @param roleMap the provider's role names to Vigil's roles; names not in it are ignored, and a token
 *                with none of them is refused
 * @param person  the claim holding the person id (a UUID) a STAFF or WARDEN actor is
 * @param zones   the claim listing a WARDEN actor's zones
 */
public record ClaimMapping(String subject, Optional<String> office, Set<OfficeId> offices, String roles,
                           Map<String, Role> roleMap, String person, String zones) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_:$-]{1,100}(\\.[A-Za-z0-9_:$-]{1,100}){0,4}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    public ClaimMapping {
        subject = claimName(subject, "subject");
        office = Require.nonNull(office, "office").map(name -> claimName(name, "office"));
        offices = Set.copyOf(Require.nonNull(offices, "offices"));
        Require.that(!offices.isEmpty(), "offices", "must name at least one office");
        Require.that(office.isPresent() || offices.size() == 1, "office",
                "must name a claim when the deployment serves several offices");
        roles = claimName(roles, "roles");
        roleMap = Map.copyOf(Require.nonNull(roleMap, "roleMap"));
        Require.that(!roleMap.isEmpty(), "roleMap", "must map at least one role");
        person = claimName(person, "person");
        zones = claimName(zones, "zones");
    }

    /** The default claim names ({@code sub}, {@code vigil_office}, {@code roles}, {@code vigil_person},
     * {@code vigil_zones}) and every Vigil role under its own name ({@code SECURITY_OFFICER}, ...). */
    public static ClaimMapping defaults(Set<OfficeId> offices) {
        return new ClaimMapping("sub", offices.size() == 1 ? Optional.empty() : Optional.of("vigil_office"), offices,
                "roles", rolesByName(), "vigil_person", "vigil_zones");
    }

    /** Every Vigil role under its own name ({@code SECURITY_OFFICER} to {@link Role#SECURITY_OFFICER}, ...). */
    public static Map<String, Role> rolesByName() {
        Map<String, Role> same = new LinkedHashMap<>();
        Arrays.stream(Role.values()).forEach(role -> same.put(role.name(), role));
        return same;
    }

    /** The actor the claims make; refused (403) naming the claim that does not map. */
    Actor actor(Map<String, Object> claims) {
        String who = text(claims, subject).filter(s -> s.length() <= 200).orElseThrow(() ->
                TokenRefusedException.unmapped("the claim '" + subject + "' (the subject) is missing or longer than"
                        + " 200 characters"));
        OfficeId where = office.map(name -> officeFrom(claims, name)).orElseGet(() -> offices.iterator().next());
        Set<Role> mapped = EnumSet.noneOf(Role.class);
        values(claims, roles).forEach(name -> Optional.ofNullable(roleMap.get(name)).ifPresent(mapped::add));
        if (mapped.isEmpty()) {
            throw TokenRefusedException.unmapped("the claim '" + roles + "' names no role that the role mapping"
                    + " maps to one of Vigil's roles");
        }
        Optional<PersonId> personId = text(claims, person).map(text -> {
            try {
                return PersonId.of(text);
            } catch (IllegalArgumentException e) {
                throw TokenRefusedException.unmapped("the claim '" + person + "' is not a person id (a UUID)");
            }
        });
        if ((mapped.contains(Role.STAFF) || mapped.contains(Role.WARDEN)) && personId.isEmpty()) {
            throw TokenRefusedException.unmapped("a STAFF or WARDEN token must carry the person id in the claim '"
                    + person + "'");
        }
        Set<WardenZoneId> zoneIds = new LinkedHashSet<>();
        for (String zone : values(claims, zones)) {
            try {
                zoneIds.add(WardenZoneId.of(zone));
            } catch (IllegalArgumentException e) {
                throw TokenRefusedException.unmapped("the claim '" + zones + "' holds a value that is not a zone id");
            }
        }
        if (mapped.contains(Role.WARDEN) && zoneIds.isEmpty()) {
            throw TokenRefusedException.unmapped("a WARDEN token must name its zones in the claim '" + zones + "'");
        }
        try {
            return new Actor(who, where, mapped, personId, zoneIds);
        } catch (IllegalArgumentException e) {
            throw TokenRefusedException.unmapped(e.getMessage());
        }
    }

    private OfficeId officeFrom(Map<String, Object> claims, String name) {
        String text = text(claims, name).orElseThrow(() -> TokenRefusedException.unmapped("the claim '" + name
                + "' (the office) is missing"));
        OfficeId id;
        try {
            id = OfficeId.of(text);
        } catch (IllegalArgumentException e) {
            throw TokenRefusedException.unmapped("the claim '" + name + "' is not an office id");
        }
        if (!offices.contains(id)) {
            throw TokenRefusedException.unmapped("the claim '" + name + "' names an office this deployment does not"
                    + " serve");
        }
        return id;
    }

    private static Optional<Object> claim(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            value = map.get(part);
        }
        return Optional.ofNullable(value);
    }

    private static Optional<String> text(Map<String, Object> claims, String path) {
        return claim(claims, path).filter(String.class::isInstance).map(String.class::cast).map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    private static List<String> values(Map<String, Object> claims, String path) {
        Object value = claim(claims, path).orElse(List.of());
        if (value instanceof String text) {
            return Arrays.stream(SEPARATORS.split(text.strip())).filter(s -> !s.isEmpty()).toList();
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    private static String claimName(String name, String field) {
        Require.nonNull(name, field);
        Require.that(NAME.matcher(name).matches(), field, "must be a claim name (letters, digits, _ : $ -) or a"
                + " dotted path of up to five, was '" + name + "'");
        return name;
    }
}
