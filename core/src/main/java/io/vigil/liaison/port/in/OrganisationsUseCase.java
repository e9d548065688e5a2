package io.vigil.liaison.port.in;

import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.domain.OrganisationId;

/**
 * The organisations the office liaises with (at most {@value #MAX_ORGANISATIONS}), by name: read by
 * the security roles and managers, written by the security roles. An organisation with contacts is
 * not removed (remove its contacts first).
 */
public interface OrganisationsUseCase extends RecordsUseCase<OrganisationId, OrganisationDetails, Organisation> {
    /** The most organisations an office keeps. */
    int MAX_ORGANISATIONS = 300;
}
