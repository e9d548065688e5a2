package io.vigil.people.domain;

import io.vigil.kernel.Require;

/** A postal address. */
public record Address(String street, String district, String city, String country) {
    public Address {
        street = Require.text(street, "street", 200);
        district = district == null ? "" : district.strip();
        Require.that(district.length() <= 100, "district", "must be at most 100 characters");
        city = Require.text(city, "city", 100);
        country = Require.text(country, "country", 100);
    }
}
