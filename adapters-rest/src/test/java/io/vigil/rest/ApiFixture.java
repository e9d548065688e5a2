package io.vigil.rest;

import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.rest.alerting.AlertingApi;
import io.vigil.rest.awareness.AwarenessApi;
import io.vigil.rest.travel.TravelApi;
import io.vigil.rest.movement.MovementApi;
import io.vigil.rest.guard.GuardApi;
import io.vigil.rest.incident.IncidentApi;
import io.vigil.rest.crisis.CrisisApi;
import io.vigil.rest.crisis.RelocationApi;
import io.vigil.rest.documents.DocumentsApi;
import io.vigil.rest.liaison.LiaisonApi;
import io.vigil.rest.people.PeopleApi;
import io.vigil.rest.people.RosterImporter;
import io.vigil.rest.review.ReviewApi;
import io.vigil.rest.soc.SocApi;
import io.vigil.rest.risk.AssessmentReports;
import io.vigil.rest.risk.RiskApi;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A running API over in-memory adapters, with a token per role. */
public final class ApiFixture implements AutoCloseable {
    public static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    public static final String OFFICER = "officer-token";
    public static final String OTHER_OFFICE = "other-office-token";
    public static final String MANAGER = "manager-token";
    public static final String ASSOCIATE = "associate-token";
    public static final String SOC = "soc-token";
    public static final String STAFF = "staff-token";
    public static final String WARDEN = "warden-token";
    public static final String INTEGRATION = "integration-token";
    /** A guard-force vendor's integration token (subject {@code vendor@pisa}). */
    public static final String VENDOR = "vendor-token";
    /** Another vendor's integration token (subject {@code vendor@other}). */
    public static final String OTHER_VENDOR = "other-vendor-token";
    /** An associate named as an investigator of enquiries in the incident tests. */
    public static final String INVESTIGATOR = "investigator-token";
    public static final WardenZoneId ZONE = WardenZoneId.of("Z-NORTE");
    public static final String SMS_SECRET = "test-sms-secret-0123456789";

    public final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    public final InMemoryVigil vigil;
    public final PeopleUseCases useCases;
    public final RiskUseCases risk;
    public final AlertingUseCases alerting;
    public final PersonId staffPerson;
    public final RestApi api;
    public final ApiClient client;

    /** A stand-in for the files adapter's report: the title as a Markdown heading. */
    public static final AssessmentReports TITLE_REPORT = new AssessmentReports() {
        @Override
        public String mediaType() {
            return "text/markdown";
        }

        @Override
        public String render(SecurityAssessment assessment) {
            return "# " + assessment.title() + "\n";
        }
    };

    public ApiFixture(Optional<RosterImporter> importer) {
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
        tokens.put(INTEGRATION, Actor.of("hr-feed", OFFICE, Role.INTEGRATION));
        tokens.put(INVESTIGATOR, Actor.of("investigator", OFFICE, Role.SECURITY_ASSOCIATE));
        tokens.put(WARDEN, Actor.warden("warden", OFFICE, PersonId.random(), Set.of(ZONE)));
        tokens.put(VENDOR, Actor.of("vendor@pisa", OFFICE, Role.VENDOR));
        tokens.put(OTHER_VENDOR, Actor.of("vendor@other", OFFICE, Role.VENDOR));
        api = new RestApi(new RestApiSettings("127.0.0.1", 0, Optional.of(SMS_SECRET)),
                new StaticBearerTokens(tokens), List.of(new PeopleApi(useCases, vigil.audit(), clock, importer),
                        new RiskApi(risk, clock, Optional.of(TITLE_REPORT)),
                        new AlertingApi(alerting, clock, Optional.of(SMS_SECRET)),
                        new AwarenessApi(vigil.awareness(), clock),
                        new TravelApi(vigil.travel(), clock), new MovementApi(vigil.movement(), vigil.people().offices(), clock),
                        new GuardApi(vigil.guard(), vigil.people().offices(), clock),
                        new IncidentApi(vigil.incident(), clock), new CrisisApi(vigil.crisis(), clock),
                        new RelocationApi(vigil.crisis().relocation()),
                        new DocumentsApi(vigil.documents(), vigil.people().offices(), clock), new LiaisonApi(vigil.liaison(), vigil.people().offices(), clock), new ReviewApi(vigil.review()), new SocApi(vigil.soc(), clock)))
                .start();
        client = new ApiClient(api.port());
    }

    @Override
    public void close() {
        api.close();
    }

    /** A person's JSON body for POST /api/v1/persons. */
    public static String person(String given, String family, String category) {
        return ApiClient.json(Map.of("givenName", given, "familyName", family, "category", category,
                "orgUnit", "IBRD", "contacts", List.of(Map.of("kind", "PHONE", "value", "+52 55 5555 0101",
                        "label", "work"))));
    }
}
