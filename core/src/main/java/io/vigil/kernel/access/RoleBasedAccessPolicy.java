package io.vigil.kernel.access;

import static io.vigil.kernel.access.DataClass.ACCOUNTABILITY;
import static io.vigil.kernel.access.DataClass.ADVISORY;
import static io.vigil.kernel.access.DataClass.AUDIT;
import static io.vigil.kernel.access.DataClass.CONTACT;
import static io.vigil.kernel.access.DataClass.EMERGENCY;
import static io.vigil.kernel.access.DataClass.HEADCOUNT;
import static io.vigil.kernel.access.DataClass.HEALTH;
import static io.vigil.kernel.access.DataClass.MOVEMENT;
import static io.vigil.kernel.access.DataClass.ON_CALL;
import static io.vigil.kernel.access.DataClass.PROFILE;
import static io.vigil.kernel.access.DataClass.RESIDENCE;
import static io.vigil.kernel.access.DataClass.RISK;
import static io.vigil.kernel.access.DataClass.WARDEN_SYSTEM;
import static io.vigil.kernel.access.Operation.APPROVE;
import static io.vigil.kernel.access.Operation.READ;
import static io.vigil.kernel.access.Operation.WRITE;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The default need-to-know policy.
 *
 * <table>
 * <caption>What each role may do inside its own office</caption>
 * <tr><th>role</th><th>read</th><th>write</th></tr>
 * <tr><td>security officer</td><td>everything</td><td>everything; the only one who approves</td></tr>
 * <tr><td>security associate</td><td>everything but the audit trail</td><td>personnel data, risk assessments,
 * on-call roster, emergency log, advisories,
 * communication tests and roll-calls, warden zones</td></tr>
 * <tr><td>SOC operator</td><td>everything but the audit trail, in every office</td><td>movements, on-call roster,
 * emergency log, advisories, communication tests and roll-calls</td></tr>
 * <tr><td>warden</td><td>profile, contact, residence of persons living in their zones</td><td>nothing</td></tr>
 * <tr><td>manager</td><td>profiles, headcounts, risk assessments, communication tests and roll-calls</td>
 * <td>nothing</td></tr>
 * <tr><td>staff</td><td>their own records and their dependents'</td><td>own and dependents' contact, health, movements,
 * check-in answers</td></tr>
 * <tr><td>integration</td><td>profiles</td><td>personnel data; check-in answers (an SMS provider's
 * replies)</td></tr>
 * </table>
 * Every member of an office may read its on-call roster, its advisories, its warden zones and its
 * telephone trees. Only a SOC operator reads across offices; nobody writes across offices.
 */
public final class RoleBasedAccessPolicy implements AccessPolicy {
    private static final Set<DataClass> PERSONNEL = EnumSet.of(PROFILE, CONTACT, HEALTH, RESIDENCE, MOVEMENT);
    private static final Set<DataClass> ASSOCIATE_WRITE = EnumSet.of(PROFILE, CONTACT, HEALTH, RESIDENCE, MOVEMENT,
            RISK, ON_CALL, EMERGENCY, ADVISORY, ACCOUNTABILITY, WARDEN_SYSTEM);
    private static final Set<DataClass> SOC_WRITE = EnumSet.of(MOVEMENT, ON_CALL, EMERGENCY, ADVISORY,
            ACCOUNTABILITY);
    private static final Set<DataClass> OFFICE_WIDE_READ = EnumSet.of(ON_CALL, ADVISORY, WARDEN_SYSTEM);
    private static final Set<DataClass> MANAGER_READ = EnumSet.of(PROFILE, HEADCOUNT, RISK, ACCOUNTABILITY);
    private static final Set<DataClass> ALL_BUT_AUDIT = EnumSet.complementOf(EnumSet.of(AUDIT));
    private static final Set<DataClass> PERSONAL_READ = EnumSet.of(PROFILE, CONTACT, HEALTH, RESIDENCE, MOVEMENT,
            ACCOUNTABILITY);
    private static final Set<DataClass> PERSONAL_WRITE = EnumSet.of(CONTACT, HEALTH, MOVEMENT, ACCOUNTABILITY);
    private static final Set<DataClass> INTEGRATION_WRITE = EnumSet.of(PROFILE, CONTACT, HEALTH, RESIDENCE, MOVEMENT,
            ACCOUNTABILITY);
    private static final Set<DataClass> WARDEN_READ = EnumSet.of(PROFILE, CONTACT, RESIDENCE);

    @Override
    public AccessDecision decide(Actor actor, Operation op, DataClass data, AccessTarget target) {
        String what = op.name().toLowerCase() + " " + data.name().toLowerCase() + " data";
        if (!actor.office().equals(target.office())) {
            if (op == READ && actor.has(Role.SOC_OPERATOR) && data != AUDIT) {
                return new AccessDecision.Granted("SOC operator, who may read every office");
            }
            return new AccessDecision.Denied("the record belongs to office " + target.office()
                    + " and actor '" + actor.subject() + "' acts for office " + actor.office());
        }
        return firstGrant(actor, op, data, target).<AccessDecision>map(AccessDecision.Granted::new)
                .orElseGet(() -> new AccessDecision.Denied(denial(actor, what, target)));
    }

    private Optional<String> firstGrant(Actor actor, Operation op, DataClass data, AccessTarget target) {
        String office = " of office " + target.office();
        if (actor.has(Role.SECURITY_OFFICER)) {
            return Optional.of("security officer" + office);
        }
        if (op == APPROVE) {
            return Optional.empty();
        }
        if (op == READ && OFFICE_WIDE_READ.contains(data)) {
            return Optional.of("member of office " + target.office() + ", where " + data.name().toLowerCase()
                    .replace('_', '-') + " data is open to all");
        }
        if (actor.has(Role.SECURITY_ASSOCIATE) && (op == READ ? ALL_BUT_AUDIT : ASSOCIATE_WRITE).contains(data)) {
            return Optional.of("security associate" + office);
        }
        if (actor.has(Role.SOC_OPERATOR) && (op == READ ? data != AUDIT : SOC_WRITE.contains(data))) {
            return Optional.of("SOC operator");
        }
        if (actor.has(Role.WARDEN) && op == READ && WARDEN_READ.contains(data)
                && target.zone().filter(actor.wardenZones()::contains).isPresent()) {
            return Optional.of("warden of zone " + target.zone().orElseThrow());
        }
        if (actor.has(Role.MANAGER) && op == READ && MANAGER_READ.contains(data)) {
            return Optional.of("manager" + office);
        }
        if (actor.has(Role.STAFF) && actor.person().isPresent()) {
            Set<DataClass> allowed = op == READ ? PERSONAL_READ : PERSONAL_WRITE;
            if (allowed.contains(data) && target.person().equals(actor.person())) {
                return Optional.of("the person's own record");
            }
            if (allowed.contains(data) && target.sponsor().isPresent() && target.sponsor().equals(actor.person())) {
                return Optional.of("sponsor of the dependent");
            }
        }
        if (actor.has(Role.INTEGRATION) && (op == READ ? data == PROFILE : INTEGRATION_WRITE.contains(data))) {
            return Optional.of("integration" + office);
        }
        return Optional.empty();
    }

    private static String denial(Actor actor, String what, AccessTarget target) {
        String roles = actor.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
        String whose = target.person().isPresent() ? "this person" : "office " + target.office();
        return "no role of actor '" + actor.subject() + "' (" + roles + ") allows them to " + what + " of " + whose
                + needToKnowHint(actor);
    }

    private static String needToKnowHint(Actor actor) {
        if (actor.has(Role.WARDEN)) {
            return "; a warden sees only persons living in their zones";
        }
        if (actor.has(Role.STAFF)) {
            return "; staff see only their own records and their dependents'";
        }
        if (actor.has(Role.MANAGER)) {
            return "; managers see headcounts and names, not addresses, contacts or movements";
        }
        return "";
    }
}
