package io.vigil.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The policy over rows a context of its own contributes: what the rows say, and nothing more. */
class ComposedPolicyTest {
    private static final OfficeId HOME = OfficeId.of("MX-MEX");
    private static final OfficeId ABROAD = OfficeId.of("CF-BGF");
    private static final PersonId ME = new PersonId(new UUID(0, 1));
    private static final PersonId SOMEONE = new PersonId(new UUID(0, 3));
    private static final WardenZoneId NORTE = WardenZoneId.of("NORTE");
    private static final DataClass INVOICE = GrantTest.Fictional.INVOICE;
    private static final DataClass BUDGET = GrantTest.Fictional.BUDGET;

    private final AccessPolicy policy = new RoleBasedAccessPolicy(List.of(
            new Grant(Role.MANAGER, Operation.READ, INVOICE, Scope.OFFICE),
            new Grant(Role.SOC_OPERATOR, Operation.READ, INVOICE, Scope.EVERY_OFFICE),
            new Grant(Role.STAFF, Operation.WRITE, INVOICE, Scope.OWN_AND_DEPENDENTS),
            new Grant(Role.WARDEN, Operation.READ, INVOICE, Scope.WARDEN_ZONE),
            new Grant(Role.INTEGRATION, Operation.READ, BUDGET, Scope.OFFICE_MEMBERS)));

    @Test
    void a_role_is_granted_what_its_rows_say_in_its_office() {
        Actor manager = Actor.of("m", HOME, Role.MANAGER);
        assertThat(policy.decide(manager, Operation.READ, INVOICE, AccessTarget.office(HOME)))
                .isEqualTo(new AccessDecision.Granted("manager of office MX-MEX"));
        assertThat(policy.decide(manager, Operation.WRITE, INVOICE, AccessTarget.office(HOME)).granted()).isFalse();
        assertThat(policy.decide(manager, Operation.READ, INVOICE, AccessTarget.office(ABROAD)).granted()).isFalse();
    }

    @Test
    void without_a_row_only_the_security_officer_is_granted() {
        AccessTarget office = AccessTarget.office(HOME);
        assertThat(policy.decide(Actor.of("a", HOME, Role.SECURITY_ASSOCIATE), Operation.READ, BUDGET, office)
                .reason()).isEqualTo("no role of actor 'a' (SECURITY_ASSOCIATE) allows them to read budget data"
                + " of office MX-MEX");
        assertThat(policy.decide(Actor.of("o", HOME, Role.SECURITY_OFFICER), Operation.APPROVE, BUDGET, office))
                .isEqualTo(new AccessDecision.Granted("security officer of office MX-MEX"));
    }

    @Test
    void a_row_for_every_office_reaches_other_offices_for_reading() {
        Actor soc = Actor.of("soc", HOME, Role.SOC_OPERATOR);
        assertThat(policy.decide(soc, Operation.READ, INVOICE, AccessTarget.office(ABROAD)))
                .isEqualTo(new AccessDecision.Granted("SOC operator, who may read every office"));
        assertThat(policy.decide(soc, Operation.READ, INVOICE, AccessTarget.office(HOME)))
                .isEqualTo(new AccessDecision.Granted("SOC operator"));
        assertThat(policy.decide(soc, Operation.READ, BUDGET, AccessTarget.office(ABROAD)).granted()).isFalse();
    }

    @Test
    void own_records_and_warden_zones_are_checked_against_the_target() {
        Actor staff = Actor.staff("me", HOME, ME);
        assertThat(policy.decide(staff, Operation.WRITE, INVOICE, AccessTarget.person(HOME, ME, Optional.empty(),
                Optional.empty())).reason()).isEqualTo("the person's own record");
        assertThat(policy.decide(staff, Operation.WRITE, INVOICE, AccessTarget.person(HOME, SOMEONE, Optional.of(ME),
                Optional.empty())).reason()).isEqualTo("sponsor of the dependent");
        assertThat(policy.decide(staff, Operation.WRITE, INVOICE, AccessTarget.person(HOME, SOMEONE,
                Optional.empty(), Optional.empty())).granted()).isFalse();
        Actor warden = new Actor("w", HOME, Set.of(Role.WARDEN), Optional.empty(), Set.of(NORTE));
        assertThat(policy.decide(warden, Operation.READ, INVOICE, AccessTarget.person(HOME, SOMEONE,
                Optional.empty(), Optional.of(NORTE))).reason()).isEqualTo("warden of zone NORTE");
        assertThat(policy.decide(warden, Operation.READ, INVOICE, AccessTarget.person(HOME, SOMEONE,
                Optional.empty(), Optional.of(WardenZoneId.of("SUR")))).granted()).isFalse();
    }

    @Test
    void data_open_to_members_names_the_office_as_its_basis() {
        Actor integration = Actor.of("hr-feed", HOME, Role.INTEGRATION);
        assertThat(policy.decide(integration, Operation.READ, BUDGET, AccessTarget.office(HOME)))
                .isEqualTo(new AccessDecision.Granted("member of office MX-MEX, where budget data is open to all"));
        assertThat(policy.decide(Actor.of("m", HOME, Role.MANAGER), Operation.READ, BUDGET, AccessTarget.office(HOME))
                .granted()).isFalse();
    }
}
