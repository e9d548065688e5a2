package io.vigil.files.awareness;

import io.vigil.awareness.port.out.CompletionLog;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.awareness.CompletionLogContract;

class CompletionLogFilesTest extends CompletionLogContract {
    @Override
    protected CompletionLog store() {
        return FileStoresFixture.stores(FileAwarenessStores::new).completions();
    }
}
