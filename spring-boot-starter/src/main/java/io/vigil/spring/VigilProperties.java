package io.vigil.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code vigil.*} properties of a Spring Boot host.
 *
 * @param office the office the host acts for ({@code vigil.office}, e.g. {@code MX-MEX}); exposed as an
 *               {@link io.vigil.kernel.OfficeId} bean when set
 * @param jdbc   how Vigil's schema is migrated
 */
@ConfigurationProperties("vigil")
public record VigilProperties(String office, @DefaultValue Jdbc jdbc) {

    /**
     * Vigil's schema on the host's {@code DataSource}.
     *
     * @param migrate      whether Vigil's migrations run at start-up ({@code vigil.jdbc.migrate}, default true)
     * @param historyTable the Flyway history table of Vigil's migrations ({@code vigil.jdbc.history-table},
     *                     default {@code vigil_schema_history}), apart from the host's own
     *                     {@code flyway_schema_history}
     */
    public record Jdbc(@DefaultValue("true") boolean migrate, @DefaultValue("vigil_schema_history") String historyTable) {
    }
}
