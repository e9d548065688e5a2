package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.documents.domain.DocumentAudience;
import io.vigil.documents.domain.Classification;
import io.vigil.documents.domain.Dissemination;
import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentKind;
import io.vigil.documents.domain.NoticeChannel;
import io.vigil.documents.port.in.DisseminationDetails;
import io.vigil.documents.port.in.DocumentDetails;
import io.vigil.documents.port.in.MissingAcknowledgements;
import io.vigil.documents.port.in.PublishDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.generators.Theories;
import io.vigil.testkit.memory.InMemoryVigil;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever the persons, units, versions, disseminations and acknowledgements, every person a
 * procedure applies to is either acknowledged or listed as missing, never both, and acknowledged
 * exactly when a naive model (who acknowledged a dissemination of the current version) says so.
 */
class DocumentAcknowledgementProperties {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final List<String> UNITS = List.of("IFC", "UNDP", "UNICEF");

    /** One step: publish a new version, send the current one to a unit (or everyone), or a recipient acknowledges. */
    private record Step(int kind, int unit, int who) {
    }

    @Test
    void every_person_a_procedure_reaches_is_acknowledged_or_missing_never_both() {
        Gen<List<Integer>> units = lists().of(Generate.range(0, UNITS.size() - 1)).ofSizeBetween(1, 8);
        Gen<Step> step = Generate.range(0, 2).zip(Generate.range(0, UNITS.size()), Generate.range(0, 7), Step::new);
        Gen<List<Step>> steps = lists().of(step).ofSizeBetween(0, 15);
        Theories.qt(40).forAll(units, steps, Generate.range(0, UNITS.size() - 1)).checkAssert((of, plan, target) -> {
            InMemoryVigil vigil = InMemoryVigil.create(MutableClock.at("2026-03-01T12:00:00Z"));
            Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
            List<PersonId> persons = new ArrayList<>();
            Map<PersonId, String> unitOf = new HashMap<>();
            for (int i = 0; i < of.size(); i++) {
                PersonId p = vigil.people().persons().register(officer, new PersonDetails("Given" + i, "Family" + i,
                        PersonCategory.NATIONAL_STAFF, UNITS.get(of.get(i)), null, List.of(), List.of(), null, null))
                        .personId();
                persons.add(p);
                unitOf.put(p, UNITS.get(of.get(i)));
            }
            String applies = UNITS.get(target);
            Document d = vigil.documents().documents().create(officer, new DocumentDetails(DocumentKind.SOP, "SOP",
                    "officer", Classification.OFFICE, LocalDate.parse("2026-12-01"), DocumentAudience.unit(applies)));
            d = publish(vigil, officer, d);
            int current = 1;
            Map<Integer, Set<PersonId>> ackedByVersion = new HashMap<>();
            List<Dissemination> sent = new ArrayList<>();
            for (Step s : plan) {
                if (s.kind() == 0) {
                    d = publish(vigil, officer, vigil.documents().documents().get(officer, d.id()));
                    current++;
                } else if (s.kind() == 1) {
                    DocumentAudience to = s.unit() == UNITS.size() ? DocumentAudience.everyone() : DocumentAudience.unit(UNITS.get(s.unit()));
                    sent.add(vigil.documents().dissemination().disseminate(officer, d.id(),
                            new DisseminationDetails(to, Set.of(NoticeChannel.EMAIL))));
                } else if (!sent.isEmpty()) {
                    Dissemination last = sent.get(sent.size() - 1);
                    if (!last.recipients().isEmpty()) {
                        PersonId who = last.recipients().get(s.who() % last.recipients().size());
                        vigil.documents().dissemination().acknowledge(Actor.staff("p", OFFICE, who), last.id());
                        ackedByVersion.computeIfAbsent(last.documentVersion(), v -> new HashSet<>()).add(who);
                    }
                }
            }
            MissingAcknowledgements.Procedure report = vigil.documents().dissemination()
                    .missing(officer, vigil.vigil().kernel().clock().instant()).procedures().get(0);
            Set<PersonId> acknowledged = ids(report.acknowledged());
            Set<PersonId> missing = ids(report.missing());
            Set<PersonId> reached = new HashSet<>(persons.stream().filter(p -> unitOf.get(p).equals(applies)).toList());
            Set<PersonId> expected = ackedByVersion.getOrDefault(current, Set.of());

            assertThat(report.currentVersion()).isEqualTo(current);
            Set<PersonId> overlap = new HashSet<>(acknowledged);
            overlap.retainAll(missing);
            assertThat(overlap).as("acknowledged and missing at once").isEmpty();
            Set<PersonId> either = new HashSet<>(acknowledged);
            either.addAll(missing);
            assertThat(either).isEqualTo(reached);
            assertThat(report.acknowledged()).hasSize(acknowledged.size());
            assertThat(report.missing()).hasSize(missing.size());
            for (PersonId p : reached) {
                assertThat(acknowledged.contains(p)).as("%s acknowledged", p).isEqualTo(expected.contains(p));
            }
        });
    }

    private static Document publish(InMemoryVigil vigil, Actor officer, Document d) {
        return vigil.documents().documents().publish(officer, d.id(), d.version(), new PublishDetails("text/plain",
                ("version " + (d.versions().size() + 1)).getBytes(StandardCharsets.UTF_8), null));
    }

    private static Set<PersonId> ids(List<MissingAcknowledgements.Person> persons) {
        return new HashSet<>(persons.stream().map(MissingAcknowledgements.Person::person).toList());
    }
}
