package io.vigil.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.AlertingData;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.people.domain.PeopleData;
import io.vigil.risk.domain.RiskData;
import io.vigil.wiring.AccessRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The need-to-know policy's guarantees, over every combination of roles, data and targets. */
class RoleBasedAccessPolicyProperties {
    private static final OfficeId HOME = OfficeId.of("MX-MEX");
    private static final OfficeId ABROAD = OfficeId.of("CF-BGF");
    private static final PersonId ME = new PersonId(new UUID(0, 1));
    private static final PersonId MY_CHILD = new PersonId(new UUID(0, 2));
    private static final PersonId SOMEONE = new PersonId(new UUID(0, 3));
    private static final WardenZoneId MY_ZONE = WardenZoneId.of("NORTE");
    private static final WardenZoneId OTHER_ZONE = WardenZoneId.of("SUR");

    private final RoleBasedAccessPolicy policy = AccessRegistry.defaultPolicy();

    /** Every context's data classes. */
    @Provide
    Arbitrary<DataClass> dataClasses() {
        return Arbitraries.of(AccessRegistry.dataClasses());
    }

    @Provide
    Arbitrary<Actor> actors() {
        return Arbitraries.of(Role.class).set().ofMinSize(1).map(roles -> new Actor("someone", HOME, roles,
                Optional.of(ME), roles.contains(Role.WARDEN) ? Set.of(MY_ZONE) : Set.of()));
    }

    @Provide
    Arbitrary<AccessTarget> targets() {
        Arbitrary<OfficeId> office = Arbitraries.of(HOME, ABROAD);
        Arbitrary<Optional<PersonId>> person = Arbitraries.of(Optional.empty(), Optional.of(ME),
                Optional.of(MY_CHILD), Optional.of(SOMEONE));
        Arbitrary<Optional<PersonId>> sponsor = Arbitraries.of(Optional.empty(), Optional.of(ME),
                Optional.of(SOMEONE));
        Arbitrary<Optional<WardenZoneId>> zone = Arbitraries.of(Optional.empty(), Optional.of(MY_ZONE),
                Optional.of(OTHER_ZONE));
        return Combinators.combine(office, person, sponsor, zone).as(AccessTarget::new);
    }

    @Property
    void every_decision_says_why(@ForAll("actors") Actor actor, @ForAll Operation op,
                                 @ForAll("dataClasses") DataClass data, @ForAll("targets") AccessTarget target) {
        assertThat(policy.decide(actor, op, data, target).reason()).isNotBlank();
    }

    @Property
    void nobody_writes_across_offices(@ForAll("actors") Actor actor, @ForAll("dataClasses") DataClass data,
                                      @ForAll("targets") AccessTarget target) {
        AccessTarget abroad = new AccessTarget(ABROAD, target.person(), target.sponsor(), target.zone());
        AccessDecision d = policy.decide(actor, Operation.WRITE, data, abroad);
        assertThat(d.granted()).isFalse();
        assertThat(d.reason()).contains(ABROAD.value());
    }

    @Property
    void only_a_soc_operator_reads_across_offices_and_never_the_audit_trail(
            @ForAll("actors") Actor actor, @ForAll("dataClasses") DataClass data,
            @ForAll("targets") AccessTarget target) {
        AccessTarget abroad = new AccessTarget(ABROAD, target.person(), target.sponsor(), target.zone());
        boolean granted = policy.decide(actor, Operation.READ, data, abroad).granted();
        assertThat(granted).isEqualTo(actor.has(Role.SOC_OPERATOR) && data != KernelData.AUDIT);
    }

    @Property
    void adding_a_role_never_takes_access_away(@ForAll("actors") Actor actor, @ForAll Role extra,
                                               @ForAll Operation op, @ForAll("dataClasses") DataClass data,
                                               @ForAll("targets") AccessTarget target) {
        Set<Role> more = new HashSet<>(actor.roles());
        more.add(extra);
        Actor stronger = new Actor(actor.subject(), actor.office(), more, actor.person(),
                more.contains(Role.WARDEN) ? Set.of(MY_ZONE) : Set.of());
        if (policy.decide(actor, op, data, target).granted()) {
            assertThat(policy.decide(stronger, op, data, target).granted()).isTrue();
        }
    }

    @Property
    void staff_alone_reach_only_themselves_and_their_dependents(@ForAll Operation op,
                                                               @ForAll("dataClasses") DataClass data,
                                                               @ForAll("targets") AccessTarget target) {
        Actor staff = Actor.staff("me", HOME, ME);
        boolean mine = target.office().equals(HOME)
                && (target.person().equals(Optional.of(ME)) || target.sponsor().equals(Optional.of(ME)));
        boolean openToAll = data == AlertingData.ON_CALL || data == AlertingData.ADVISORY
                || data == PeopleData.WARDEN_SYSTEM;
        if (policy.decide(staff, op, data, target).granted() && !openToAll) {
            assertThat(mine).isTrue();
            assertThat(data).isNotIn(KernelData.AUDIT, PeopleData.HEADCOUNT);
        }
    }

    @Property
    void a_warden_reads_residences_only_in_their_zones(@ForAll("targets") AccessTarget target) {
        Actor warden = Actor.warden("w", HOME, ME, Set.of(MY_ZONE));
        AccessTarget someone = new AccessTarget(target.office(), Optional.of(SOMEONE), Optional.empty(),
                target.zone());
        boolean granted = policy.decide(warden, Operation.READ, PeopleData.RESIDENCE, someone).granted();
        assertThat(granted).isEqualTo(target.office().equals(HOME) && target.zone().equals(Optional.of(MY_ZONE)));
        assertThat(policy.decide(warden, Operation.WRITE, PeopleData.RESIDENCE, someone).granted()).isFalse();
    }

    @Property
    void managers_never_see_sensitive_personal_data(@ForAll("targets") AccessTarget target, @ForAll Operation op) {
        Actor manager = Actor.of("m", HOME, Role.MANAGER);
        for (DataClass data : List.of(PeopleData.CONTACT, PeopleData.HEALTH, PeopleData.RESIDENCE,
                PeopleData.MOVEMENT, KernelData.AUDIT, AlertingData.EMERGENCY)) {
            assertThat(policy.decide(manager, op, data, target).granted()).as(data.name()).isFalse();
        }
    }

    @Property
    void the_security_officer_may_do_everything_in_their_office(@ForAll Operation op,
                                                               @ForAll("dataClasses") DataClass data,
                                                               @ForAll("targets") AccessTarget target) {
        AccessTarget home = new AccessTarget(HOME, target.person(), target.sponsor(), target.zone());
        AccessDecision d = policy.decide(Actor.of("o", HOME, Role.SECURITY_OFFICER), op, data, home);
        assertThat(d).isInstanceOf(AccessDecision.Granted.class);
    }

    @Property
    void only_a_security_officer_approves(@ForAll("actors") Actor actor, @ForAll("dataClasses") DataClass data,
                                          @ForAll("targets") AccessTarget target) {
        boolean granted = policy.decide(actor, Operation.APPROVE, data, target).granted();
        assertThat(granted).isEqualTo(actor.has(Role.SECURITY_OFFICER) && target.office().equals(HOME));
    }

    @Property
    void managers_read_but_never_change_risk_assessments(@ForAll Operation op) {
        Actor manager = Actor.of("m", HOME, Role.MANAGER);
        assertThat(policy.decide(manager, op, RiskData.RISK, AccessTarget.office(HOME)).granted())
                .isEqualTo(op == Operation.READ);
    }

    @Property
    void everyone_in_the_office_sees_who_is_on_call_but_only_security_roles_change_it(
            @ForAll("actors") Actor actor, @ForAll("targets") AccessTarget target) {
        AccessTarget home = AccessTarget.office(HOME);
        assertThat(policy.decide(actor, Operation.READ, AlertingData.ON_CALL, home).granted()).isTrue();
        assertThat(policy.decide(actor, Operation.READ, AlertingData.ADVISORY, home).granted()).isTrue();
        assertThat(policy.decide(actor, Operation.WRITE, AlertingData.ADVISORY, home).granted()).isEqualTo(
                actor.has(Role.SECURITY_OFFICER) || actor.has(Role.SECURITY_ASSOCIATE) || actor.has(Role.SOC_OPERATOR));
        boolean security = actor.has(Role.SECURITY_OFFICER) || actor.has(Role.SECURITY_ASSOCIATE)
                || actor.has(Role.SOC_OPERATOR);
        assertThat(policy.decide(actor, Operation.WRITE, AlertingData.ON_CALL, home).granted()).isEqualTo(security);
        assertThat(policy.decide(actor, Operation.READ, AlertingData.EMERGENCY, home).granted()).isEqualTo(security);
    }
}
