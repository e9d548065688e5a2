package io.vigil.examples.demo.bangui;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Audience;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Severity;
import io.vigil.alerting.port.in.AdvisoryDetails;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.port.in.CommTestDetails;
import io.vigil.alerting.port.in.ShiftDetails;
import io.vigil.examples.demo.alerting.DemoPhoneTree;
import io.vigil.kernel.Language;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.Reachable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Bangui office's alerting, seeded through the use cases when it has no advisory: messages in
 * French by default (the office's default language), an on-call rota of twelve-hour shifts for the
 * fourteen days around the first start, an active advisory in French on the PK5 checkpoints, a
 * communication test run two days ago over SMS (every person with a phone answered but every
 * seventh, one of them needing help; persons without a phone, the dependents, stayed silent) and
 * the telephone tree: the centre's warden calls the other zones' wardens, each warden two residents
 * of their zone.
 */
public final class DemoBanguiAlerting {
    /** The active advisory's title. */
    public static final String ADVISORY = "Barrages armés autour du PK5";
    /** The communication test's title. */
    public static final String TEST = "Test de communication mensuel";
    private static final String[][] TEAM = {
        {"Thierry Yakité", "Security associate", "+236 70 00 00 12"},
        {"Armel Zowa", "Security officer", "+236 70 00 00 11"},
        {"Nadine Sombo", "Opératrice radio", "+236 70 00 00 10"}};

    private final AlertingUseCases alerting;
    private final PeopleUseCases people;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoBanguiOffice.OFFICE, Role.SECURITY_OFFICER);

    public DemoBanguiAlerting(AlertingUseCases alerting, PeopleUseCases people) {
        this.alerting = alerting;
        this.people = people;
    }

    /** Seeds the language, the rota, the advisory, the test and the tree unless the office has advisories. */
    public void seedIfEmpty(Instant now) {
        if (alerting.advisories().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        alerting.messages().setDefaultLanguage(officer, alerting.messages().get(officer).version(), Language.FR);
        Instant start = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(7));
        for (int half = 0; half < 28; half++) {
            String[] who = TEAM[half % TEAM.length];
            Instant from = start.plus(Duration.ofHours(12L * half));
            alerting.onCall().schedule(officer, new ShiftDetails(who[0], who[1], who[2], from,
                    from.plus(Duration.ofHours(12))));
        }
        alerting.advisories().issue(officer, new AdvisoryDetails(ADVISORY, "Des barrages armés improvisés sont"
                + " signalés chaque soir sur l'avenue Boganda et autour du marché du PK5. Aucun déplacement au PK5"
                + " sans escorte ni après 15:00 ; signalez tout barrage à la salle radio (+236 70 00 00 10).",
                Severity.WARNING, Audience.everyone(), Set.of(Channel.SMS, Channel.EMAIL),
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(6))));
        communicationTest(now);
        phoneTree(now);
    }

    private void communicationTest(Instant now) {
        Instant start = now.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofDays(2));
        CommunicationTest test = alerting.tests().start(officer, new CommTestDetails(TEST, Set.of(Channel.SMS), null,
                120, 90, 60, start));
        Set<PersonId> withPhone = new HashSet<>();
        for (Reachable r : people.directory().persons(officer, test.audience())) {
            if (r.addresses().containsKey("PHONE")) {
                withPhone.add(r.person());
            }
        }
        List<PersonId> audience = test.audience().stream().filter(withPhone::contains).toList();
        for (int i = 0; i < audience.size(); i++) {
            if (i % 7 == 6) {
                continue; // never answered
            }
            alerting.tests().checkIn(officer, test.id(), new CheckInDetails(audience.get(i),
                    i == 2 ? Answer.NEEDS_HELP : Answer.SAFE, Channel.SMS, start.plus(Duration.ofMinutes(3L + 2 * i))));
        }
    }

    private void phoneTree(Instant now) {
        alerting.phoneTrees().create(officer, DemoPhoneTree.of(people, officer, DemoBanguiOffice.ZONE_CENTRE,
                "Arbre téléphonique, Bangui", now));
    }
}
