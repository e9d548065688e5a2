package io.vigil.jdbc.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.incident.domain.Enquiry;
import io.vigil.incident.domain.EnquiryId;
import io.vigil.incident.domain.IncidentReportId;
import io.vigil.incident.port.out.EnquiryFile;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** {@link EnquiryFile} on JDBC, with a row per investigator. */
final class JdbcEnquiryFile extends JdbcVersionedStore<EnquiryId, Enquiry> implements EnquiryFile {

    JdbcEnquiryFile(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Enquiry.class, "enquiry", "enquiry", List.of("incident_id", "opened_at"),
                List.of("enquiry_investigator"));
    }

    @Override
    protected Object[] columnValues(Enquiry e) {
        return new Object[] {e.incident().map(IncidentReportId::toString).orElse(null), Jdbc.timestamp(e.openedAt())};
    }

    @Override
    protected void writeChildren(Connection c, Enquiry e) throws SQLException {
        for (String subject : e.investigators()) {
            Jdbc.update(c, "INSERT INTO enquiry_investigator (enquiry_id, subject) VALUES (?, ?)", e.id().toString(),
                    subject);
        }
    }

    @Override
    public Page<Enquiry> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "opened_at DESC, id", page, office.value());
    }

    @Override
    public List<Enquiry> ofIncident(OfficeId office, IncidentReportId incident) {
        return bodies("SELECT body FROM enquiry WHERE office_id = ? AND incident_id = ?", office.value(),
                incident.toString()).stream().sorted(LATEST_FIRST).toList();
    }

    @Override
    public List<Enquiry> ofInvestigator(OfficeId office, String subject) {
        return bodies("SELECT e.body FROM enquiry e JOIN enquiry_investigator i ON i.enquiry_id = e.id"
                + " WHERE e.office_id = ? AND i.subject = ?", office.value(), subject).stream()
                .sorted(LATEST_FIRST).toList();
    }
}
