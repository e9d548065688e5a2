package io.vigil.risk.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.store.Versioned;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An office, staff residence, guest house or warehouse, with its security systems and equipment
 * and, for a residence, its residential security surveys (oldest first).
 *
 * @param residenceRef the id of the residence in the personnel context, for a RESIDENCE
 */
public record Facility(FacilityId id, OfficeId office, long version, String name, FacilityKind kind, String address,
                       GeoPoint location, Optional<String> residenceRef, List<SecurityAsset> assets,
                       List<ResidenceSurvey> surveys) implements Versioned<FacilityId, Facility> {

    public Facility {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        name = Require.text(name, "name", 200);
        Require.nonNull(kind, "kind");
        address = Require.text(address, "address", 500);
        Require.nonNull(location, "location");
        Require.nonNull(residenceRef, "residenceRef");
        Require.that(residenceRef.isEmpty() || kind == FacilityKind.RESIDENCE,
                "residenceRef", "must only be given for a RESIDENCE");
        assets = List.copyOf(Require.nonNull(assets, "assets"));
        Set<String> tags = new HashSet<>();
        for (SecurityAsset a : assets) {
            Require.that(tags.add(a.tag()), "assets", "must have distinct tags; '" + a.tag() + "' repeats");
        }
        surveys = Require.nonNull(surveys, "surveys").stream()
                .sorted(Comparator.comparing(ResidenceSurvey::surveyedAt)).toList();
        Require.that(surveys.isEmpty() || kind == FacilityKind.RESIDENCE,
                "surveys", "must only be recorded for a RESIDENCE");
    }

    /** Whether this facility's data is residence data (a staff residence). */
    public boolean holdsResidenceData() {
        return kind == FacilityKind.RESIDENCE;
    }

    /** The latest survey, if any. */
    public Optional<ResidenceSurvey> latestSurvey() {
        return surveys.isEmpty() ? Optional.empty() : Optional.of(surveys.get(surveys.size() - 1));
    }

    /** Checks due by {@code at + horizon}, overdue when due by {@code at}, earliest first. */
    public List<DueCheck> dueChecks(Instant at, Duration horizon) {
        Instant limit = at.plus(horizon);
        List<DueCheck> due = new ArrayList<>();
        for (SecurityAsset a : assets) {
            for (CheckKind check : CheckKind.values()) {
                Instant next = a.nextDue(check);
                if (!next.isAfter(limit)) {
                    due.add(new DueCheck(id, name, a.tag(), a.kind(), check, next, !next.isAfter(at)));
                }
            }
        }
        due.sort(Comparator.comparing(DueCheck::due).thenComparing(DueCheck::assetTag));
        return due;
    }

    /** The facility with a new result for the asset of that tag. */
    public Facility withCheck(String tag, CheckResult result) {
        Require.that(assets.stream().anyMatch(a -> a.tag().equals(tag)), "assetTag", "must name an asset of " + name
                + "; no asset is tagged '" + tag + "'");
        List<SecurityAsset> changed = assets.stream().map(a -> a.tag().equals(tag) ? a.with(result) : a).toList();
        return new Facility(id, office, version, name, kind, address, location, residenceRef, changed, surveys);
    }

    /**
     * The facility with these assets installed: an asset of the same tag is replaced (its checks
     * start again), the others are added.
     */
    public Facility withInstalled(List<SecurityAsset> installed) {
        Set<String> tags = new HashSet<>(installed.stream().map(SecurityAsset::tag).toList());
        List<SecurityAsset> changed = new ArrayList<>(assets.stream().filter(a -> !tags.contains(a.tag())).toList());
        changed.addAll(installed);
        return new Facility(id, office, version, name, kind, address, location, residenceRef, changed, surveys);
    }

    /** The facility with one more survey. */
    public Facility withSurvey(ResidenceSurvey survey) {
        List<ResidenceSurvey> more = new ArrayList<>(surveys);
        more.add(survey);
        return new Facility(id, office, version, name, kind, address, location, residenceRef, assets, more);
    }

    @Override
    public Facility withVersion(long newVersion) {
        return new Facility(id, office, newVersion, name, kind, address, location, residenceRef, assets, surveys);
    }
}
