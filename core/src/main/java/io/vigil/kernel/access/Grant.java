package io.vigil.kernel.access;

import io.vigil.kernel.Require;
import java.util.Arrays;
import java.util.List;

/**
 * One row of the access table: holders of {@code role} may perform {@code op} on {@code data}
 * within {@code scope}. Each context contributes the rows of its own data classes.
 */
public record Grant(Role role, Operation op, DataClass data, Scope scope) {
    public Grant {
        Require.nonNull(role, "role");
        Require.nonNull(op, "op");
        Require.nonNull(data, "data");
        Require.nonNull(scope, "scope");
        Require.that(op != Operation.APPROVE || role == Role.SECURITY_OFFICER,
                "only the security officer approves");
        Require.that(scope != Scope.EVERY_OFFICE || op == Operation.READ, "nobody writes across offices");
    }

    /** One row per class: {@code role} may {@code op} each of {@code data} within {@code scope}. */
    public static List<Grant> rows(Role role, Operation op, Scope scope, DataClass... data) {
        return Arrays.stream(data).map(d -> new Grant(role, op, d, scope)).toList();
    }

    /** Every member of the office, whatever their role (a vendor is no member), may read each of {@code data}. */
    public static List<Grant> openToOfficeMembers(DataClass... data) {
        return Arrays.stream(Role.values()).filter(role -> role != Role.VENDOR)
                .flatMap(role -> rows(role, Operation.READ, Scope.OFFICE_MEMBERS, data).stream()).toList();
    }
}
