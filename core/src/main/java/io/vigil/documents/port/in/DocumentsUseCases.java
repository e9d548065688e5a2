package io.vigil.documents.port.in;

/** The documents context's use cases, wired. */
public record DocumentsUseCases(ManageDocumentsUseCase documents, DisseminateDocumentsUseCase dissemination) {
}
