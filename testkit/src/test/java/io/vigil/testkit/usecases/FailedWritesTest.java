package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.documents.application.DocumentsServices;
import io.vigil.documents.domain.Classification;
import io.vigil.documents.domain.Content;
import io.vigil.documents.domain.ContentId;
import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentKind;
import io.vigil.documents.port.in.DocumentDetails;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.documents.port.in.PublishDetails;
import io.vigil.documents.domain.DocumentId;
import io.vigil.documents.port.out.DocumentContents;
import io.vigil.documents.port.out.DocumentLibrary;
import io.vigil.documents.port.out.DocumentsPorts;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.StorageException;
import io.vigil.risk.application.RiskServices;
import io.vigil.risk.domain.AdviceDecision;
import io.vigil.risk.domain.AssetKind;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityKind;
import io.vigil.risk.domain.PlannedAsset;
import io.vigil.risk.domain.PremisesProject;
import io.vigil.risk.domain.PremisesProjectId;
import io.vigil.risk.domain.ProjectKind;
import io.vigil.risk.port.in.AdviceDetails;
import io.vigil.risk.port.in.FacilityDetails;
import io.vigil.risk.port.in.PhaseDetails;
import io.vigil.risk.port.in.PremisesProjectDetails;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.risk.port.out.PremisesProjectRegistry;
import io.vigil.risk.port.out.RiskPorts;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import io.vigil.testkit.memory.documents.InMemoryDisseminationLog;
import io.vigil.testkit.memory.documents.InMemoryDocumentContents;
import io.vigil.testkit.memory.documents.InMemoryDocumentLibrary;
import io.vigil.testkit.memory.risk.InMemoryPremisesProjectRegistry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A write that fails half way leaves stored data as it was: a publish's content, a sign-off's facility. */
class FailedWritesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final AtomicBoolean failing = new AtomicBoolean();

    @Test
    void a_publish_whose_document_cannot_be_saved_keeps_no_content() {
        InMemoryDocumentContents stored = new InMemoryDocumentContents();
        List<ContentId> put = new ArrayList<>();
        DocumentContents contents = new DocumentContents() {
            @Override
            public void put(Content content) {
                put.add(content.id());
                stored.put(content);
            }

            @Override
            public Optional<Content> find(OfficeId office, ContentId id) {
                return stored.find(office, id);
            }

            @Override
            public void delete(OfficeId office, ContentId id) {
                stored.delete(office, id);
            }
        };
        InMemoryDocumentLibrary inner = new InMemoryDocumentLibrary();
        DocumentLibrary library = new DocumentLibrary() {
            @Override
            public Document save(Document d) {
                if (failing.get()) {
                    throw new StorageException("disk full", null);
                }
                return inner.save(d);
            }

            @Override
            public Optional<Document> findById(DocumentId id) {
                return inner.findById(id);
            }

            @Override
            public void delete(DocumentId id, long expectedVersion) {
                inner.delete(id, expectedVersion);
            }

            @Override
            public Page<Document> list(OfficeId office, PageRequest page) {
                return inner.list(office, page);
            }
        };
        DocumentsUseCases documents = DocumentsServices.create(new DocumentsPorts(library, contents,
                new InMemoryDisseminationLog()), notices -> notices.size(), vigil.alerting().notices(), vigil.people(), vigil.risk(),
                vigil.vigil().kernel());
        Document d = documents.documents().create(officer, new DocumentDetails(DocumentKind.SOP, "Earthquake", "officer",
                Classification.OFFICE, LocalDate.parse("2026-12-01"), null));
        failing.set(true);
        assertThatThrownBy(() -> documents.documents().publish(officer, d.id(), d.version(), new PublishDetails(
                "text/plain", "v1".getBytes(StandardCharsets.UTF_8), null))).isInstanceOf(StorageException.class);
        assertThat(put).hasSize(1);
        assertThat(stored.find(OFFICE, put.get(0))).isEmpty();
        assertThat(library.findById(d.id()).orElseThrow().versions()).isEmpty();
    }

    @Test
    void a_sign_off_whose_project_cannot_be_saved_puts_the_facility_back() {
        RiskPorts base = vigil.riskPorts();
        InMemoryPremisesProjectRegistry inner = new InMemoryPremisesProjectRegistry();
        PremisesProjectRegistry projects = new PremisesProjectRegistry() {
            @Override
            public PremisesProject save(PremisesProject p) {
                if (failing.get()) {
                    throw new StorageException("disk full", null);
                }
                return inner.save(p);
            }

            @Override
            public Optional<PremisesProject> findById(PremisesProjectId id) {
                return inner.findById(id);
            }

            @Override
            public void delete(PremisesProjectId id, long expectedVersion) {
                inner.delete(id, expectedVersion);
            }

            @Override
            public Page<PremisesProject> list(OfficeId office, PageRequest page) {
                return inner.list(office, page);
            }
        };
        RiskUseCases risk = RiskServices.create(new RiskPorts(base.assessments(), base.policies(), base.areas(),
                base.venues(), base.facilities(), projects), vigil.vigil().kernel());
        Facility ifc = risk.facilities().create(officer, new FacilityDetails("IFC office", FacilityKind.OFFICE,
                "Reforma", GeoPoint.of(19.427, -99.1676), null, List.of()));
        PremisesProject p = risk.premises().create(officer, new PremisesProjectDetails("IFC renovation",
                ProjectKind.RENOVATION, ifc.id(), List.of(new PhaseDetails("works", LocalDate.parse("2026-03-01"),
                        LocalDate.parse("2026-06-01"))), null, List.of(new PlannedAsset("CCTV-1", AssetKind.CCTV,
                        "cameras", "SeguriTec", "PO-1", 180, 30))));
        p = risk.premises().advise(officer, p.id(), p.version(), new AdviceDetails("works", AdviceDecision.APPROVE,
                List.of("fine"), null));
        PremisesProject advised = p;
        failing.set(true);
        assertThatThrownBy(() -> risk.premises().signOff(officer, advised.id(), advised.version()))
                .isInstanceOf(StorageException.class);
        assertThat(risk.facilities().get(officer, ifc.id()).assets()).isEmpty();
        assertThat(projects.findById(p.id()).orElseThrow().signedOff()).isEmpty();
    }
}
