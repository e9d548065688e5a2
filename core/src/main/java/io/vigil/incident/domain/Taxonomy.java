package io.vigil.incident.domain;

import io.vigil.kernel.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An office's incident taxonomy: categories, each with its subtypes; codes are lower-case words
 * joined by dashes ({@code crime}, {@code armed-robbery}), unique across the taxonomy. A subtype
 * that is always reportable needs a written report whatever the incident's severity.
 */
public record Taxonomy(List<Category> categories) {
    /** The most categories. */
    public static final int MAX_CATEGORIES = 30;
    /** The most subtypes of one category. */
    public static final int MAX_SUBTYPES = 50;

    /** One category and its subtypes. */
    public record Category(String code, String name, List<Subtype> subtypes) {
        public Category {
            code = checkedCode(code, "code");
            name = Require.text(name, "name", 200);
            subtypes = Require.noNulls(subtypes, "subtypes");
            Require.that(!subtypes.isEmpty() && subtypes.size() <= MAX_SUBTYPES, "subtypes",
                    "must have 1 to " + MAX_SUBTYPES + " entries");
        }
    }

    /** One subtype of a category. */
    public record Subtype(String code, String name, boolean alwaysReportable) {
        public Subtype {
            code = checkedCode(code, "code");
            name = Require.text(name, "name", 200);
        }
    }

    public Taxonomy {
        categories = Require.noNulls(categories, "categories");
        Require.that(!categories.isEmpty() && categories.size() <= MAX_CATEGORIES, "categories",
                "must have 1 to " + MAX_CATEGORIES + " entries");
        Set<String> seen = new HashSet<>();
        for (Category c : categories) {
            Require.that(seen.add(c.code()), "categories", "must not repeat the code " + c.code());
            for (Subtype s : c.subtypes()) {
                Require.that(seen.add(s.code()), "categories", "must not repeat the code " + s.code());
            }
        }
    }

    private static String checkedCode(String code, String field) {
        String c = Require.text(code, field, 50);
        Require.that(c.matches("[a-z0-9]+(-[a-z0-9]+)*"), field,
                "must be lower-case letters and digits joined by dashes, was '" + c + "'");
        return c;
    }

    /** The subtype of that code within the category of that code, if the taxonomy has it. */
    public Optional<Subtype> subtype(String category, String subtype) {
        return categories.stream().filter(c -> c.code().equals(category)).flatMap(c -> c.subtypes().stream())
                .filter(s -> s.code().equals(subtype)).findFirst();
    }

    /** Whether the taxonomy has a category of that code. */
    public boolean hasCategory(String category) {
        return categories.stream().anyMatch(c -> c.code().equals(category));
    }

    /**
     * The default taxonomy, from the five threat categories of a security risk assessment, with
     * common subtypes; every road traffic crash is reportable.
     */
    public static Taxonomy standard() {
        return new Taxonomy(List.of(
                new Category("crime", "Crime", List.of(
                        new Subtype("armed-robbery", "Armed robbery", false),
                        new Subtype("express-kidnapping", "Express kidnapping", false),
                        new Subtype("kidnapping", "Kidnapping", false),
                        new Subtype("carjacking", "Carjacking", false),
                        new Subtype("burglary", "Burglary", false),
                        new Subtype("theft", "Theft", false),
                        new Subtype("assault", "Assault", false),
                        new Subtype("extortion", "Extortion", false))),
                new Category("terrorism", "Terrorism", List.of(
                        new Subtype("bombing", "Bombing", false),
                        new Subtype("armed-attack", "Armed attack", false),
                        new Subtype("bomb-threat", "Bomb threat", false))),
                new Category("armed-conflict", "Armed conflict", List.of(
                        new Subtype("crossfire", "Caught in crossfire", false),
                        new Subtype("shelling", "Shelling", false),
                        new Subtype("checkpoint-incident", "Checkpoint incident", false))),
                new Category("civil-unrest", "Civil unrest", List.of(
                        new Subtype("demonstration", "Demonstration", false),
                        new Subtype("riot", "Riot", false),
                        new Subtype("roadblock", "Roadblock", false))),
                new Category("hazards", "Hazards", List.of(
                        new Subtype("road-traffic-crash", "Road traffic crash", true),
                        new Subtype("earthquake", "Earthquake", false),
                        new Subtype("flood", "Flood", false),
                        new Subtype("fire", "Fire", false),
                        new Subtype("hurricane", "Hurricane", false)))));
    }
}
