package io.vigil.testkit.memory.awareness;

import io.vigil.awareness.port.out.CourseCatalogue;
import io.vigil.testkit.contract.awareness.CourseCatalogueContract;

class InMemoryCourseCatalogueTest extends CourseCatalogueContract {
    private static final InMemoryCourseCatalogue STORE = new InMemoryCourseCatalogue();

    @Override
    protected CourseCatalogue store() {
        return STORE;
    }
}
