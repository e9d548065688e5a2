package io.vigil.examples.demo;

import io.vigil.examples.demo.guard.DemoGuard;
import io.vigil.examples.demo.people.DemoOffice;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The demo's bearer tokens, one per role; fixed so the README can name them. Never use them in
 * production: the reference app accepts them only with {@code VIGIL_DEMO=true}. The warden
 * token's zone is only its first claim: the app wraps these tokens in {@code WardenZoneTokens},
 * so the warden looks after the zones that name them as drawn now.
 */
public final class DemoTokens {
    private DemoTokens() {
    }

    /** Token to actor, in the order they are printed. */
    public static Map<String, Actor> table(PersonId staff, PersonId warden) {
        Map<String, Actor> tokens = new LinkedHashMap<>();
        tokens.put("demo-officer", Actor.of("officer@demo", DemoOffice.OFFICE, Role.SECURITY_OFFICER));
        tokens.put("demo-associate", Actor.of("associate@demo", DemoOffice.OFFICE, Role.SECURITY_ASSOCIATE));
        tokens.put("demo-warden", Actor.warden("warden@demo", DemoOffice.OFFICE, warden,
                Set.of(DemoOffice.ZONE_SOUTH)));
        tokens.put("demo-manager", Actor.of("manager@demo", DemoOffice.OFFICE, Role.MANAGER));
        tokens.put("demo-staff", Actor.staff("staff@demo", DemoOffice.OFFICE, staff));
        tokens.put("demo-soc", Actor.of("soc@demo", DemoOffice.OFFICE, Role.SOC_OPERATOR));
        tokens.put("demo-integration", Actor.of("integration@demo", DemoOffice.OFFICE, Role.INTEGRATION));
        tokens.put("demo-vendor", Actor.of(DemoGuard.VENDOR_SUBJECT, DemoOffice.OFFICE, Role.VENDOR));
        return tokens;
    }
}
