package io.vigil.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.AlertingData;
import io.vigil.awareness.domain.AwarenessData;
import io.vigil.crisis.domain.CrisisData;
import io.vigil.documents.domain.DocumentsData;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.KernelData;
import io.vigil.liaison.domain.LiaisonData;
import io.vigil.people.domain.PeopleData;
import io.vigil.review.domain.ReviewData;
import io.vigil.risk.domain.RiskData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessRegistryTest {

    /** The classes of release 0.1, by the names its audit trail stored, and whether reads were audited. */
    private static final Map<String, Boolean> RELEASE_0_1 = new LinkedHashMap<>();

    static {
        RELEASE_0_1.put("PROFILE", false);
        RELEASE_0_1.put("CONTACT", true);
        RELEASE_0_1.put("HEALTH", true);
        RELEASE_0_1.put("RESIDENCE", true);
        RELEASE_0_1.put("MOVEMENT", true);
        RELEASE_0_1.put("HEADCOUNT", false);
        RELEASE_0_1.put("AUDIT", true);
        RELEASE_0_1.put("RISK", false);
        RELEASE_0_1.put("ON_CALL", false);
        RELEASE_0_1.put("EMERGENCY", true);
        RELEASE_0_1.put("ADVISORY", false);
        RELEASE_0_1.put("WARDEN_SYSTEM", false);
        RELEASE_0_1.put("ACCOUNTABILITY", true);
    }

    /**
     * The classes added since: the awareness context's catalogue, training records and a unit's
     * records; the travel context's clearances, their counts, waivers and settings; the movement
     * context's plans, fleet, settings and transport plans; the guard-force context's contracts,
     * performance records and vendors' submissions; the incident context's reports, the persons
     * they name, and enquiries; the crisis context's plan (and team), activations, exercises and
     * continuity inputs; the risk context's published list of restricted areas; the documents
     * context's three classifications and its acknowledgements; the programme review's figures and details;
     * the liaison context's contacts (ordinary and confidential), logs, meetings, action items, advice,
     * decisions and activity figures; the movement context's call-ins and the incident context's flash
     * reports from the field.
     */
    private static final Map<String, Boolean> ADDED = Map.ofEntries(
            Map.entry("COURSES", false), Map.entry("TRAINING", true), Map.entry("UNIT_TRAINING", true),
            Map.entry("CLEARANCES", true), Map.entry("CLEARANCE_COUNTS", false), Map.entry("WAIVERS", true),
            Map.entry("TRAVEL_SETTINGS", false),
            Map.entry("MOVEMENT_PLANS", true), Map.entry("FLEET", false), Map.entry("MOVEMENT_SETTINGS", false),
            Map.entry("TRANSPORT_PLANS", false), Map.entry("DEPLOYMENT_COUNTS", false),
            Map.entry("VISIT_PROGRAMMES", true), Map.entry("VISIT_READINESS", false),
            Map.entry("FIELD_CALL_INS", true),
            Map.entry("GUARD_CONTRACTS", false), Map.entry("GUARD_PERFORMANCE", false),
            Map.entry("GUARD_SUBMISSIONS", false),
            Map.entry("INCIDENTS", false), Map.entry("INCIDENT_PERSONS", true), Map.entry("ENQUIRIES", true),
            Map.entry("FLASH_REPORTS", false),
            Map.entry("CRISIS_PLAN", false), Map.entry("CRISIS_ACTIVATION", false), Map.entry("EXERCISES", false),
            Map.entry("CONTINUITY", false), Map.entry("RELOCATION_SITES", false), Map.entry("RELOCATION_COUNTS", false),
            Map.entry("RELOCATION_LIST", true),
            Map.entry("AREA_LIST", false), Map.entry("OFFICE_DOCUMENTS", true), Map.entry("SECURITY_DOCUMENTS", true),
            Map.entry("RESTRICTED_DOCUMENTS", true), Map.entry("ACKNOWLEDGEMENTS", true),
            Map.entry("REVIEW_FIGURES", false), Map.entry("REVIEW_DETAILS", true),
            Map.entry("LIAISON_CONTACTS", true), Map.entry("CONFIDENTIAL_CONTACTS", true), Map.entry("LIAISON_LOG", true),
            Map.entry("MEETINGS", true), Map.entry("ACTION_ITEMS", true), Map.entry("ADVICE", false),
            Map.entry("ADVICE_DECISIONS", false), Map.entry("LIAISON_ACTIVITY", false),
            Map.entry("OFFICE_PROFILE", false), Map.entry("MESSAGE_TEMPLATES", false));

    @Test
    void every_class_of_release_0_1_keeps_its_name_and_sensitivity() {
        Map<String, Boolean> known = new LinkedHashMap<>();
        AccessRegistry.dataClasses().forEach(c -> known.put(c.name(), c.sensitive()));
        Map<String, Boolean> expected = new LinkedHashMap<>(RELEASE_0_1);
        expected.putAll(ADDED);
        assertThat(known).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void a_class_is_found_by_its_name_in_its_own_context() {
        assertThat(AccessRegistry.dataClass("RESIDENCE")).containsSame(PeopleData.RESIDENCE);
        assertThat(AccessRegistry.dataClass("WARDEN_SYSTEM")).containsSame(PeopleData.WARDEN_SYSTEM);
        assertThat(AccessRegistry.dataClass("RISK")).containsSame(RiskData.RISK);
        assertThat(AccessRegistry.dataClass("ACCOUNTABILITY")).containsSame(AlertingData.ACCOUNTABILITY);
        assertThat(AccessRegistry.dataClass("AUDIT")).containsSame(KernelData.AUDIT);
        assertThat(AccessRegistry.dataClass("TRAINING")).containsSame(AwarenessData.TRAINING);
        assertThat(AccessRegistry.dataClass("residence")).isEmpty();
        assertThat(AccessRegistry.dataClass("PAYROLL")).isEmpty();
    }

    @Test
    void every_context_contributes_rows_about_its_own_classes_and_none_open_the_audit_trail() {
        List<DataClass> granted = AccessRegistry.grants().stream().map(g -> g.data()).distinct().toList();
        assertThat(AccessRegistry.dataClasses()).containsAll(granted);
        assertThat(granted).contains(PeopleData.PROFILE, RiskData.RISK, AlertingData.ACCOUNTABILITY)
                .doesNotContain(KernelData.AUDIT);
        assertThat(PeopleData.grants()).allSatisfy(g -> assertThat(g.data()).isInstanceOf(PeopleData.class));
        assertThat(RiskData.grants()).allSatisfy(g -> assertThat(g.data()).isInstanceOf(RiskData.class));
        assertThat(AlertingData.grants()).allSatisfy(g -> assertThat(g.data()).isInstanceOf(AlertingData.class));
        assertThat(AwarenessData.grants()).allSatisfy(g -> assertThat(g.data()).isInstanceOf(AwarenessData.class));
        assertThat(CrisisData.grants()).allSatisfy(g -> assertThat(g.data()).isInstanceOf(CrisisData.class));
        assertThat(DocumentsData.grants()).allSatisfy(g -> assertThat(g.data()).isInstanceOf(DocumentsData.class));
        assertThat(ReviewData.grants()).allSatisfy(g -> assertThat(g.data()).isInstanceOf(ReviewData.class));
        assertThat(LiaisonData.grants()).allSatisfy(g -> assertThat(g.data()).isInstanceOf(LiaisonData.class));
    }
}
