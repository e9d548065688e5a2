package io.vigil.people.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A country office Vigil serves, identified by its office id: its name, its IANA time zone (the one
 * source of the zone every context uses for local days and for the times people read) and its
 * country (ISO 3166-1 alpha-2).
 */
public record OfficeProfile(OfficeId id, long version, String name, ZoneId timeZone, String country)
        implements Versioned<OfficeId, OfficeProfile> {
    /** The longest office name. */
    public static final int MAX_NAME = 120;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public OfficeProfile {
        Require.nonNull(id, "id");
        Require.that(version >= 0, "version", "must not be negative");
        name = Require.text(name, "name", MAX_NAME);
        Require.nonNull(timeZone, "timeZone");
        Require.nonNull(country, "country");
        Require.that(isCountry(country), "country",
                "must be an ISO 3166-1 alpha-2 country code such as MX or CF, was '" + country + "'");
    }

    /** Whether the text is an ISO 3166-1 alpha-2 country code, in capitals. */
    public static boolean isCountry(String code) {
        return code != null && COUNTRY.matcher(code).matches() && COUNTRIES.contains(code);
    }

    @Override
    public OfficeId office() {
        return id;
    }

    @Override
    public OfficeProfile withVersion(long newVersion) {
        return new OfficeProfile(id, newVersion, name, timeZone, country);
    }
}
