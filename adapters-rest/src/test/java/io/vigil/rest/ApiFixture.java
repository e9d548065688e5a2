package io.vigil.rest;

import io.vigil.alerting.application.AlertingServices;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.ZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.risk.application.RiskServices;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A running API over in-memory adapters, with a token per role. */
final class ApiFixture implements AutoCloseable {
    static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    static final String OFFICER = "officer-token";
    static final String OTHER_OFFICE = "other-office-token";
    static final String MANAGER = "manager-token";
    static final String ASSOCIATE = "associate-token";
    static final String SOC = "soc-token";
    static final String STAFF = "staff-token";
    static final String WARDEN = "warden-token";
    static final ZoneId ZONE = ZoneId.of("Z-NORTE");
    static final String SMS_SECRET = "test-sms-secret-0123456789";

    final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    final InMemoryVigil vigil;
    final PeopleServices.UseCases useCases;
    final RiskServices.UseCases risk;
    final AlertingServices.UseCases alerting;
    final PersonId staffPerson;
    final RestApi api;
    final ApiClient client;

    /** A stand-in for the files adapter's report: the title as a Markdown heading. */
    static final AssessmentReports TITLE_REPORT = new AssessmentReports() {
        @Override
        public String mediaType() {
            return "text/markdown";
        }

        @Override
        public String render(SecurityAssessment assessment) {
            return "# " + assessment.title() + "\n";
        }
    };

    ApiFixture(Optional<RosterImporter> importer) {
        vigil = InMemoryVigil.create(clock);
        useCases = vigil.people();
        risk = vigil.risk();
        alerting = vigil.alerting();
        Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
        staffPerson = useCases.persons().register(officer, new PersonDetails("Lucía", "Hernández",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(), List.of(), null, null)).person().id();
        Map<String, Actor> tokens = new HashMap<>();
        tokens.put(OFFICER, officer);
        tokens.put(OTHER_OFFICE, Actor.of("officer-gt", OfficeId.of("GT-GUA"), Role.SECURITY_OFFICER));
        tokens.put(MANAGER, Actor.of("manager", OFFICE, Role.MANAGER));
        tokens.put(ASSOCIATE, Actor.of("associate", OFFICE, Role.SECURITY_ASSOCIATE));
        tokens.put(SOC, Actor.of("soc", OFFICE, Role.SOC_OPERATOR));
        tokens.put(STAFF, Actor.staff("lucia", OFFICE, staffPerson));
        tokens.put(WARDEN, Actor.warden("warden", OFFICE, PersonId.random(), Set.of(ZONE)));
        api = new RestApi(new RestApiSettings("127.0.0.1", 0, Optional.of(SMS_SECRET)),
                new StaticBearerTokens(tokens), useCases, risk, alerting,
                vigil.audit(), clock,
                new Extensions(importer, Optional.of(TITLE_REPORT)))
                .start();
        client = new ApiClient(api.port());
    }

    @Override
    public void close() {
        api.close();
    }
}
