package io.vigil.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GrantTest {

    @Test
    void only_the_security_officer_may_be_granted_approval() {
        assertThatThrownBy(() -> new Grant(Role.SECURITY_ASSOCIATE, Operation.APPROVE, KernelData.AUDIT, Scope.OFFICE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only the security officer");
        assertThat(new Grant(Role.SECURITY_OFFICER, Operation.APPROVE, KernelData.AUDIT, Scope.OFFICE).op())
                .isEqualTo(Operation.APPROVE);
    }

    @Test
    void a_grant_reaching_every_office_is_a_read() {
        assertThatThrownBy(() -> new Grant(Role.SOC_OPERATOR, Operation.WRITE, KernelData.AUDIT, Scope.EVERY_OFFICE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody writes across offices");
        assertThat(new Grant(Role.SOC_OPERATOR, Operation.READ, KernelData.AUDIT, Scope.EVERY_OFFICE).scope())
                .isEqualTo(Scope.EVERY_OFFICE);
    }

    @Test
    void rows_give_one_grant_per_class() {
        assertThat(Grant.rows(Role.MANAGER, Operation.READ, Scope.OFFICE, Fictional.BUDGET, Fictional.INVOICE))
                .containsExactly(new Grant(Role.MANAGER, Operation.READ, Fictional.BUDGET, Scope.OFFICE),
                        new Grant(Role.MANAGER, Operation.READ, Fictional.INVOICE, Scope.OFFICE));
    }

    @Test
    void data_open_to_office_members_is_read_by_every_role_but_a_vendor() {
        assertThat(Grant.openToOfficeMembers(Fictional.BUDGET)).hasSize(Role.values().length - 1)
                .allSatisfy(g -> assertThat(g).extracting(Grant::op, Grant::data, Grant::scope)
                        .containsExactly(Operation.READ, Fictional.BUDGET, Scope.OFFICE_MEMBERS))
                .extracting(Grant::role).containsExactlyInAnyOrder(java.util.Arrays.stream(Role.values())
                        .filter(r -> r != Role.VENDOR).toArray(Role[]::new));
    }

    /** The data classes of a context the kernel has never heard of. */
    enum Fictional implements DataClass {
        BUDGET, INVOICE;

        @Override
        public boolean sensitive() {
            return false;
        }
    }
}
