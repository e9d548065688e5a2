package io.vigil.kernel.access;

import static io.vigil.kernel.access.Operation.APPROVE;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The default need-to-know policy over the grant rows every context contributes (see
 * {@link Grant}; the composition root assembles them). Rules of its own: the security officer
 * may do everything in their office, and is the only one who approves; only a grant of
 * {@link Scope#EVERY_OFFICE} (the SOC operator's) reaches another office, and only to read.
 *
 * <p>When several of an actor's roles grant access, the basis given is the first of: security
 * officer, data open to every member of the office, security associate, SOC operator, warden,
 * manager, staff (own record, then sponsor of a dependent), integration, vendor.
 */
public final class RoleBasedAccessPolicy implements AccessPolicy {
    /** The roles after the security officer, in the order their grants are tried. */
    private static final List<Role> PRECEDENCE = List.of(Role.SECURITY_ASSOCIATE, Role.SOC_OPERATOR, Role.WARDEN,
            Role.MANAGER, Role.STAFF, Role.INTEGRATION, Role.VENDOR);

    private final Set<Row> rows;

    /** A policy over the given rows; duplicates are harmless. */
    public RoleBasedAccessPolicy(List<Grant> grants) {
        this.rows = Require.nonNull(grants, "grants").stream()
                .map(g -> new Row(g.role(), g.op(), g.data(), g.scope())).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public AccessDecision decide(Actor actor, Operation op, DataClass data, AccessTarget target) {
        if (!actor.office().equals(target.office())) {
            for (Role role : PRECEDENCE) {
                if (allows(actor, role, op, data, Scope.EVERY_OFFICE)) {
                    return new AccessDecision.Granted(label(role) + ", who may read every office");
                }
            }
            return new AccessDecision.Denied("the record belongs to office " + target.office()
                    + " and actor '" + actor.subject() + "' acts for office " + actor.office());
        }
        return firstGrant(actor, op, data, target).<AccessDecision>map(AccessDecision.Granted::new)
                .orElseGet(() -> new AccessDecision.Denied(denial(actor, op, data, target)));
    }

    private Optional<String> firstGrant(Actor actor, Operation op, DataClass data, AccessTarget target) {
        if (actor.has(Role.SECURITY_OFFICER)) {
            return Optional.of(basis(Role.SECURITY_OFFICER, target.office()));
        }
        if (op == APPROVE) {
            return Optional.empty();
        }
        if (actor.roles().stream().anyMatch(role -> allows(actor, role, op, data, Scope.OFFICE_MEMBERS))) {
            return Optional.of("member of office " + target.office() + ", where " + data.name().toLowerCase()
                    .replace('_', '-') + " data is open to all");
        }
        for (Role role : PRECEDENCE) {
            Optional<String> basis = grantOf(actor, role, op, data, target);
            if (basis.isPresent()) {
                return basis;
            }
        }
        return Optional.empty();
    }

    /** The basis on which one of the actor's roles grants access in their own office, if it does. */
    private Optional<String> grantOf(Actor actor, Role role, Operation op, DataClass data, AccessTarget target) {
        if (allows(actor, role, op, data, Scope.OFFICE) || allows(actor, role, op, data, Scope.EVERY_OFFICE)) {
            return Optional.of(basis(role, target.office()));
        }
        if (allows(actor, role, op, data, Scope.OWN_AND_DEPENDENTS) && actor.person().isPresent()) {
            if (target.person().equals(actor.person())) {
                return Optional.of("the person's own record");
            }
            if (target.sponsor().isPresent() && target.sponsor().equals(actor.person())) {
                return Optional.of("sponsor of the dependent");
            }
        }
        if (allows(actor, role, op, data, Scope.WARDEN_ZONE)
                && target.zone().filter(actor.wardenZones()::contains).isPresent()) {
            return Optional.of("warden of zone " + target.zone().orElseThrow());
        }
        return Optional.empty();
    }

    private boolean allows(Actor actor, Role role, Operation op, DataClass data, Scope scope) {
        return actor.has(role) && rows.contains(new Row(role, op, data, scope));
    }

    /** A grant as looked up: any combination may be asked about, even one no {@link Grant} may state. */
    private record Row(Role role, Operation op, DataClass data, Scope scope) {
    }

    /** "security associate of office MX-MEX"; the SOC works for every office, so its basis names none. */
    private static String basis(Role role, OfficeId office) {
        return role == Role.SOC_OPERATOR ? label(role) : label(role) + " of office " + office;
    }

    private static String label(Role role) {
        return switch (role) {
            case SECURITY_OFFICER -> "security officer";
            case SECURITY_ASSOCIATE -> "security associate";
            case WARDEN -> "warden";
            case MANAGER -> "manager";
            case STAFF -> "staff";
            case SOC_OPERATOR -> "SOC operator";
            case INTEGRATION -> "integration";
            case VENDOR -> "vendor";
        };
    }

    private static String denial(Actor actor, Operation op, DataClass data, AccessTarget target) {
        String what = op.name().toLowerCase() + " " + data.name().toLowerCase() + " data";
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
