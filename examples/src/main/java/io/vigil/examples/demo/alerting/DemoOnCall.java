package io.vigil.examples.demo.alerting;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Audience;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.domain.Severity;
import io.vigil.alerting.port.in.AdvisoryDetails;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.CallDetails;
import io.vigil.alerting.port.in.AnswerOnBehalfDetails;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.port.in.CommTestDetails;
import io.vigil.alerting.port.in.DrillReport;
import io.vigil.alerting.port.in.RequestDetails;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.alerting.port.in.ShiftDetails;
import io.vigil.examples.demo.people.DemoOffice;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.Reachable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo office's 24/7 on-call roster for the sixteen days around the first start (twelve-hour
 * shifts, with one uncovered shift two days on, so the gap warning shows) and two logged emergency
 * requests, one closed and one open, two advisories, one of them active, and a completed
 * communication test with its score.
 */
public final class DemoOnCall {
    private static final Logger LOG = LoggerFactory.getLogger(DemoOnCall.class);
    private static final String[][] TEAM = {
        {"Jorge Castillo Vega", "Security associate", "+52 55 5100 2001"},
        {"María Fernanda Ruiz", "Country security officer", "+52 55 5100 2002"},
        {"Diego Morales", "Security associate", "+52 55 5100 2003"}};

    private final AlertingUseCases alerting;
    private final PeopleUseCases people;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoOffice.OFFICE, Role.SECURITY_OFFICER);

    public DemoOnCall(AlertingUseCases alerting, PeopleUseCases people) {
        this.alerting = alerting;
        this.people = people;
    }

    /**
     * The office's telephone tree: the warden of CDMX-SUR calls the other zones' wardens (their
     * alternates as fallbacks), and each warden calls two people living in their zone; and a drill
     * started at the first start, the first calls logged, the rest still to make.
     */
    private void phoneTree(Instant now) {
        PhoneTree tree = alerting.phoneTrees().create(officer, DemoPhoneTree.of(people, officer,
                DemoOffice.ZONE_SOUTH, "Mexico City office tree", now));
        PersonId root = tree.root();
        DrillReport drill = alerting.phoneTrees().startDrill(officer, tree.id(), 30);
        for (PhoneTree.Link l : tree.callsOf(root)) {
            alerting.phoneTrees().recordCall(officer, tree.id(), drill.drill().id(), new CallDetails(root, l.callee(),
                    null, !l.equals(tree.callsOf(root).get(0))));
        }
    }

    /**
     * A communication test run three days ago over SMS and e-mail: most answered within the hour,
     * one needs help, a few never answered, a few answered late.
     */
    private void communicationTest(Instant now) {
        Instant start = now.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofDays(3));
        CommunicationTest test = alerting.tests().start(officer, new CommTestDetails("Monthly communication test",
                Set.of(Channel.SMS, Channel.EMAIL), null, 120, 90, 60, start));
        List<PersonId> audience = test.audience();
        Map<PersonId, Reachable> reachable = reachable(audience);
        for (int i = 0; i < audience.size(); i++) {
            if (i % 9 == 4) {
                continue; // never answered
            }
            long minutes = i % 13 == 7 ? 150 : 2L + i;
            Answer answer = i == 5 ? Answer.NEEDS_HELP : Answer.SAFE;
            Channel channel = channelOf(reachable.get(audience.get(i)), i % 3 == 0 ? Channel.EMAIL : Channel.SMS,
                    test.channels());
            alerting.tests().checkIn(officer, test.id(), new CheckInDetails(audience.get(i), answer, channel,
                    start.plus(Duration.ofMinutes(minutes))));
        }
    }

    /**
     * A roll-call started at the first start over the blocks around the IBRD office, Del Valle and
     * Nápoles (the open emergency request's road blockade): three answered at once, one needs help, a
     * fourth answered the officer's phone call (recorded on their behalf); the rest are silent, so the escalation sweep reaches their wardens after 15 minutes and the officer on
     * call after 45.
     */
    private void rollCall() {
        List<GeoPoint> blocks = GeoArea.rectangle(GeoPoint.of(19.3550, -99.1950), GeoPoint.of(19.3980, -99.1550))
                .vertices();
        CommunicationTest call = alerting.rollCalls().start(officer, new RollCallDetails(
                "Road blockade and clashes on Insurgentes Sur near the IBRD office", blocks, null, null,
                Set.of(Channel.SMS), 15, 45, null, null, null));
        List<PersonId> asked = call.audience();
        Map<PersonId, Reachable> reachable = reachable(asked);
        for (int i = 0; i < asked.size() && i < 3; i++) {
            alerting.tests().checkIn(officer, call.id(), new CheckInDetails(asked.get(i),
                    i == 1 ? Answer.NEEDS_HELP : Answer.SAFE, channelOf(reachable.get(asked.get(i)), Channel.SMS,
                    call.channels()), null));
        }
        if (asked.size() > 3) {
            alerting.tests().answerFor(officer, call.id(), new AnswerOnBehalfDetails(asked.get(3), Answer.SAFE,
                    Channel.PHONE, call.startedAt()));
        }
    }

    private Map<PersonId, Reachable> reachable(List<PersonId> persons) {
        Map<PersonId, Reachable> found = new HashMap<>();
        people.directory().persons(officer, persons).forEach(r -> found.put(r.person(), r));
        return found;
    }

    /**
     * The channel a demo answer comes in by: the one wanted if the person has an address on it, else
     * the first of the test's channels they have one on; a person with none (a dependent without a
     * phone or e-mail) answers by {@link Channel#PHONE}: their sponsor phoned the office for them, so
     * they are reached, and the score no longer lists them unreachable.
     */
    private static Channel channelOf(Reachable person, Channel wanted, Set<Channel> asked) {
        if (person.addresses().containsKey(kind(wanted))) {
            return wanted;
        }
        return asked.stream().sorted().filter(c -> person.addresses().containsKey(kind(c))).findFirst()
                .orElse(Channel.PHONE);
    }

    /** The contact kind a channel's address is ({@code PHONE} for SMS and calls). */
    private static String kind(Channel c) {
        return switch (c) {
            case EMAIL -> "EMAIL";
            case APP -> "MESSAGING";
            case RADIO -> "RADIO";
            case SMS, PHONE -> "PHONE";
            case IN_PERSON -> "IN_PERSON";
        };
    }

    /** Seeds the roster and the log unless the office has logged requests already. */
    public void seedIfEmpty(Instant now) {
        if (alerting.emergencies().list(officer, false, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        Instant start = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(7));
        for (int half = 0; half < 32; half++) {
            if (half == 19) {
                continue; // one twelve-hour shift, two and a half days on, is uncovered: coverage warns
            }
            String[] who = TEAM[half % TEAM.length];
            Instant from = start.plus(Duration.ofHours(12L * half));
            alerting.onCall().schedule(officer, new ShiftDetails(who[0], who[1], who[2], from,
                    from.plus(Duration.ofHours(12))));
        }
        EmergencyRequest robbery = alerting.emergencies().log(officer, new RequestDetails(
                now.minus(Duration.ofDays(2)).minus(Duration.ofHours(3)), "Consultant on mission (IFC)",
                "+52 55 7000 1000", "Phone snatched at knifepoint outside a restaurant in Condesa; unhurt",
                GeoPoint.of(19.4110, -99.1730)));
        EmergencyRequest answered = alerting.emergencies().respond(officer, robbery.id(), robbery.version(),
                "Called back within 5 minutes; sent an office car; advised to block the SIM");
        alerting.emergencies().close(officer, answered.id(), answered.version(),
                "Home safe; incident report opened; police report filed next morning");
        alerting.emergencies().log(officer, new RequestDetails(now.minus(Duration.ofMinutes(40)),
                "Warden of CDMX-SUR", "+52 55 5100 2001",
                "Road blockade on Insurgentes Sur near the IBRD office; staff asking whether to leave",
                GeoPoint.of(19.3663, -99.1826)));
        alerting.advisories().issue(officer, new AdvisoryDetails("Marches on Paseo de la Reforma this week",
                "Large marches are announced daily from the Ángel de la Independencia to the Zócalo, 10:00 to 18:00. "
                        + "Avoid Reforma, Juárez and the historic centre; allow extra time to reach the IFC office.",
                Severity.WARNING, Audience.everyone(), Set.of(Channel.SMS, Channel.EMAIL, Channel.APP),
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(6))));
        alerting.advisories().issue(officer, new AdvisoryDetails("Rainy season flooding", "Underpasses flooded in "
                        + "Iztapalapa after heavy rain; avoid them until the city reopens them.", Severity.CAUTION,
                Audience.everyone(), Set.of(Channel.EMAIL), now.minus(Duration.ofDays(40)),
                now.minus(Duration.ofDays(30))));
        communicationTest(now);
        rollCall();
        phoneTree(now);
        LOG.info("Seeded the on-call roster, 2 emergency requests, 2 advisories (1 active), a completed"
                + " communication test, an open roll-call and the telephone tree with a drill for {}",
                DemoOffice.OFFICE);
    }
}
