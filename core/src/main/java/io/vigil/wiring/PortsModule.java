package io.vigil.wiring;

import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.port.out.MissionRegistry;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.people.port.out.PositionLog;
import io.vigil.people.port.out.PresenceLog;
import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.people.port.out.WardenZoneRegistry;
import io.vigil.risk.port.out.AssessmentRegistry;
import io.vigil.risk.port.out.FacilityRegistry;
import io.vigil.risk.port.out.RestrictedAreaRegistry;
import io.vigil.risk.port.out.RiskPolicyStore;
import io.vigil.risk.port.out.VenueRegistry;

/**
 * The base of an adapter's Guice module: it exposes every outbound port from the one set of
 * ports the adapter builds, and binds nothing else outside. An adapter module extends it and
 * says how to build its ports; they are built once, when the injector first needs one.
 *
 * <pre>{@code
 * public final class MyAdapterModule extends PortsModule {
 *     protected VigilPorts createPorts() { return MyStores.open(config).ports(); }
 * }
 * }</pre>
 */
public abstract class PortsModule extends PrivateModule {

    /** Builds the adapter's ports. */
    protected abstract VigilPorts createPorts();

    @Override
    protected final void configure() {
        expose(PersonDirectory.class);
        expose(ResidenceRegistry.class);
        expose(PresenceLog.class);
        expose(MissionRegistry.class);
        expose(PositionLog.class);
        expose(WardenZoneRegistry.class);
        expose(AuditLog.class);
        expose(AssessmentRegistry.class);
        expose(RiskPolicyStore.class);
        expose(RestrictedAreaRegistry.class);
        expose(VenueRegistry.class);
        expose(FacilityRegistry.class);
        expose(OnCallRoster.class);
        expose(EmergencyLog.class);
        expose(AdvisoryBoard.class);
        expose(CommunicationTestRegistry.class);
        expose(CheckInLog.class);
        expose(PhoneTreeRegistry.class);
    }

    @Provides
    @Singleton
    VigilPorts all() {
        return createPorts();
    }

    @Provides
    PeopleServices.Ports ports(VigilPorts all) {
        return all.people();
    }

    @Provides
    AssessmentRegistry assessments(VigilPorts all) {
        return all.risk().assessments();
    }

    @Provides
    RiskPolicyStore riskPolicies(VigilPorts all) {
        return all.risk().policies();
    }

    @Provides
    RestrictedAreaRegistry restrictedAreas(VigilPorts all) {
        return all.risk().areas();
    }

    @Provides
    VenueRegistry venues(VigilPorts all) {
        return all.risk().venues();
    }

    @Provides
    FacilityRegistry facilities(VigilPorts all) {
        return all.risk().facilities();
    }

    @Provides
    OnCallRoster onCallRoster(VigilPorts all) {
        return all.alerting().roster();
    }

    @Provides
    EmergencyLog emergencyLog(VigilPorts all) {
        return all.alerting().emergencies();
    }

    @Provides
    AdvisoryBoard advisoryBoard(VigilPorts all) {
        return all.alerting().advisories();
    }

    @Provides
    CommunicationTestRegistry communicationTests(VigilPorts all) {
        return all.alerting().tests();
    }

    @Provides
    CheckInLog checkIns(VigilPorts all) {
        return all.alerting().checkIns();
    }

    @Provides
    PhoneTreeRegistry phoneTrees(VigilPorts all) {
        return all.alerting().phoneTrees();
    }

    @Provides
    PersonDirectory persons(PeopleServices.Ports p) {
        return p.persons();
    }

    @Provides
    ResidenceRegistry residences(PeopleServices.Ports p) {
        return p.residences();
    }

    @Provides
    PresenceLog presences(PeopleServices.Ports p) {
        return p.presences();
    }

    @Provides
    MissionRegistry missions(PeopleServices.Ports p) {
        return p.missions();
    }

    @Provides
    PositionLog positions(PeopleServices.Ports p) {
        return p.positions();
    }

    @Provides
    WardenZoneRegistry wardenZones(PeopleServices.Ports p) {
        return p.zones();
    }

    @Provides
    AuditLog audit(PeopleServices.Ports p) {
        return p.audit();
    }
}
