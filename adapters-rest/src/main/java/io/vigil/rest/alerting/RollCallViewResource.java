package io.vigil.rest.alerting;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.alerting.port.in.RollCallView;
import io.vigil.kernel.WardenZoneId;
import io.vigil.people.port.in.PersonCard;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The officer's roll-call view: counts by state and by zone ({@code _none} for persons living in no
 * zone) over everyone, the score and warnings, one page of the persons selected, and the cursor to
 * pass as {@code changedSince} next; {@code complete} is false when the page holds only the persons
 * changed since the cursor given.
 */
public record RollCallViewResource(String id, String description, Instant at, String cursor, boolean complete,
                                   Map<RollCallStatus.State, Integer> counts,
                                   Map<String, Map<RollCallStatus.State, Integer>> byZone,
                                   CommunicationTestResource.ScoreResource score, List<String> warnings,
                                   PersonPage persons) {

    /** One page of the persons selected, with how many the selection holds. */
    public record PersonPage(List<PersonLine> items, long total, int offset, int limit) {
    }

    /** A member of the person's household. */
    public record MemberResource(String person, String name) {
        static MemberResource from(PersonCard.Member m) {
            return new MemberResource(m.person().toString(), m.name());
        }
    }

    /**
     * One person: category, unit, sponsor and dependents (null or empty when the reader may not read
     * their profile), zone, reason (the place only for a reader of residences or movements), state,
     * when their line last changed, their first answer and every answer, and their phones (null when
     * the reader may not read their contacts; empty when none is recorded).
     */
    public record PersonLine(String person, String name, String category, String orgUnit, MemberResource sponsor,
                             List<MemberResource> dependents, String zone, String reason,
                             RollCallStatus.State state, Instant changedAt, Channel channel, Instant answeredAt,
                             List<CheckIn> answers, List<String> phones) {
        static PersonLine from(RollCallView.Row row) {
            RollCallStatus.Person p = row.status();
            var card = row.card();
            return new PersonLine(p.person().toString(), p.name(), card.map(PersonCard::category).orElse(null),
                    card.map(PersonCard::orgUnit).orElse(null),
                    card.flatMap(PersonCard::sponsor).map(MemberResource::from).orElse(null),
                    card.map(c -> c.dependents().stream().map(MemberResource::from).toList()).orElse(List.of()),
                    p.zone().map(WardenZoneId::value).orElse(null), p.reason(), p.state(), row.changedAt(),
                    p.answer().map(CheckIn::channel).orElse(null), p.answer().map(CheckIn::at).orElse(null),
                    p.answers(), card.flatMap(PersonCard::phones).orElse(null));
        }
    }

    public static RollCallViewResource from(RollCallView v) {
        Map<String, Map<RollCallStatus.State, Integer>> zones = new TreeMap<>();
        v.byZone().forEach((zone, counts) -> zones.put(zone, new EnumMap<>(counts)));
        return new RollCallViewResource(v.rollCall().id().toString(), v.rollCall().title(), v.at(),
                v.cursor().toString(), v.complete(), new EnumMap<>(v.counts()), zones,
                CommunicationTestResource.ScoreResource.from(v.score()), v.warnings(),
                new PersonPage(v.persons().items().stream().map(PersonLine::from).toList(), v.persons().total(),
                        v.persons().offset(), v.persons().limit()));
    }
}
