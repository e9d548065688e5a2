package io.vigil.rest.guard;

import io.vigil.guard.domain.CertificationTerms;
import io.vigil.guard.domain.DeductionRule;
import io.vigil.guard.domain.Extension;
import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.Post;
import io.vigil.guard.domain.ProcurementRecord;
import io.vigil.rest.resource.Identified;
import java.time.LocalDate;
import java.util.List;

/** A guard-force contract as the API shows it, with its end as extended and the day its end-of-term notice falls due. */
public record ContractResource(String id, String office, long version, String reference, String vendor,
                               String vendorSubject, ProcurementRecord procurement, LocalDate start, LocalDate end,
                               List<Extension> extensions, LocalDate effectiveEnd, LocalDate noticeDue, String currency,
                               int noticeMonths, String country, List<Post> posts, List<DeductionRule> deductions,
                               CertificationTerms terms, int inspectionEveryDays, int reviewEveryDays) implements Identified {

    /** The resource of a contract. */
    public static ContractResource from(GuardContract c) {
        return new ContractResource(c.id().toString(), c.office().value(), c.version(), c.reference(), c.vendor(),
                c.vendorSubject(), c.procurement(), c.start(), c.end(), c.extensions(), c.effectiveEnd(), c.noticeDue(),
                c.currency().getCurrencyCode(), c.noticeMonths(), c.country(), c.posts(), c.deductions(), c.terms(),
                c.inspectionEveryDays(), c.reviewEveryDays());
    }
}
