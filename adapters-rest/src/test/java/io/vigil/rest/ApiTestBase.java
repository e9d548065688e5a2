package io.vigil.rest;

import io.vigil.rest.people.RosterImporter;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** One running API per test class, over fresh in-memory adapters. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTestBase {
    protected ApiFixture fixture;
    protected ApiClient api;

    /** The roster importer the API is given; none unless a test class says otherwise. */
    protected Optional<RosterImporter> importer() {
        return Optional.empty();
    }

    @BeforeAll
    public void startApi() {
        fixture = new ApiFixture(importer());
        api = fixture.client;
    }

    @AfterAll
    public void stopApi() {
        fixture.close();
    }
}
