package io.vigil.liaison.application;

import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.liaison.domain.LiaisonData;
import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.domain.OrganisationId;
import io.vigil.liaison.port.in.OrganisationDetails;
import io.vigil.liaison.port.in.OrganisationsUseCase;
import io.vigil.liaison.port.out.ContactDirectory;
import io.vigil.liaison.port.out.OrganisationRegistry;
import java.util.Objects;

/** The organisations: bounded per office, kept while they have contacts. */
final class OrganisationService extends GuardedRecordsService<OrganisationId, OrganisationDetails, Organisation>
        implements OrganisationsUseCase {
    static final String TYPE = "liaison-organisation";

    private final OrganisationRegistry organisations;
    private final ContactDirectory contacts;
    private final CommandValidator validator;

    OrganisationService(OrganisationRegistry organisations, ContactDirectory contacts, AccessGuard guard,
                        CommandValidator validator) {
        super(new GuardedRecords<>(TYPE, LiaisonData.LIAISON_CONTACTS, organisations, organisations::list, guard));
        this.organisations = organisations;
        this.contacts = contacts;
        this.validator = validator;
    }

    @Override
    public Organisation create(Actor actor, OrganisationDetails details) {
        Organisation built = build(actor, OrganisationId.random(), 0, details);
        return records.create(actor, built, organisations::count, MAX_ORGANISATIONS, "organisations");
    }

    @Override
    public Organisation update(Actor actor, OrganisationId id, long expectedVersion, OrganisationDetails details) {
        validator.validate(details);
        return records.update(actor, id, current -> build(actor, id, expectedVersion, details));
    }

    @Override
    public void remove(Actor actor, OrganisationId id, long expectedVersion) {
        records.remove(actor, id, expectedVersion, current -> {
            int n = contacts.ofOrganisation(current.office(), id).size();
            if (n > 0) {
                throw RefusedException.because("organisation " + current.name() + " has " + n
                        + " contacts; remove them first");
            }
        });
    }

    private Organisation build(Actor actor, OrganisationId id, long version, OrganisationDetails d) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new Organisation(id, actor.office(), version, d.name(), d.kind(),
                Objects.requireNonNullElse(d.notes(), "")));
    }
}
