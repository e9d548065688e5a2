package io.vigil.guard.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A guard-force contract with a vendor: its procurement record, term and extensions, currency,
 * the end-of-term notice (a reminder {@code noticeMonths} before the end), the country whose
 * labour standards and public holidays it follows, its posts, its deduction schedule, its
 * certification terms, how often each site is inspected and how often its performance is reviewed
 * ({@code reviewEveryDays}; 0, as in a record stored before it existed, means
 * {@link #DEFAULT_REVIEW_DAYS}). {@code vendorSubject} is the subject
 * of the vendor's integration token, the one account that may submit its rosters and invoices.
 */
public record GuardContract(GuardContractId id, OfficeId office, long version, String reference, String vendor,
                            String vendorSubject, ProcurementRecord procurement, LocalDate start, LocalDate end,
                            List<Extension> extensions, Currency currency, int noticeMonths, String country,
                            List<Post> posts, List<DeductionRule> deductions, CertificationTerms terms,
                            int inspectionEveryDays, int reviewEveryDays)
        implements Versioned<GuardContractId, GuardContract> {
    /** The most posts of one contract. */
    public static final int MAX_POSTS = 100;
    /** The most extensions of one contract. */
    public static final int MAX_EXTENSIONS = 20;
    /** Days between performance reviews when a contract does not say. */
    public static final int DEFAULT_REVIEW_DAYS = 90;

    public GuardContract {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        reference = Require.text(reference, "reference", 100);
        vendor = Require.text(vendor, "vendor", 200);
        vendorSubject = Require.text(vendorSubject, "vendorSubject", 200);
        Require.nonNull(procurement, "procurement");
        Require.nonNull(start, "start");
        Require.nonNull(end, "end");
        Require.that(end.isAfter(start), "end", "must be after start");
        extensions = Require.noNulls(extensions, "extensions");
        Require.that(extensions.size() <= MAX_EXTENSIONS, "extensions", "must be at most " + MAX_EXTENSIONS);
        LocalDate previous = end;
        for (Extension e : extensions) {
            Require.that(e.newEnd().isAfter(previous), "extensions", "must each end after the term they extend");
            previous = e.newEnd();
        }
        Require.nonNull(currency, "currency");
        Require.that(currency.getDefaultFractionDigits() >= 0, "currency", "must have a minor unit");
        Require.that(noticeMonths >= 0 && noticeMonths <= 24, "noticeMonths", "must be between 0 and 24");
        Require.nonNull(country, "country");
        Require.that(country.matches("[A-Z]{2}"), "country", "must be an ISO 3166 alpha-2 code such as MX");
        posts = Require.noNulls(posts, "posts");
        Require.that(!posts.isEmpty() && posts.size() <= MAX_POSTS, "posts",
                "must hold between 1 and " + MAX_POSTS + " posts");
        Require.that(posts.stream().map(Post::code).distinct().count() == posts.size(), "posts",
                "must have distinct codes");
        deductions = Require.noNulls(deductions, "deductions");
        Require.that(deductions.stream().map(DeductionRule::type).distinct().count() == deductions.size(),
                "deductions", "must have one rule per issue type");
        Require.nonNull(terms, "terms");
        Require.that(inspectionEveryDays >= 1 && inspectionEveryDays <= 365, "inspectionEveryDays",
                "must be between 1 and 365");
        reviewEveryDays = reviewEveryDays == 0 ? DEFAULT_REVIEW_DAYS : reviewEveryDays;
        Require.that(reviewEveryDays >= 1 && reviewEveryDays <= 366, "reviewEveryDays", "must be between 1 and 366");
    }

    /** A contract reviewed every {@link #DEFAULT_REVIEW_DAYS} days. */
    public GuardContract(GuardContractId id, OfficeId office, long version, String reference, String vendor,
                         String vendorSubject, ProcurementRecord procurement, LocalDate start, LocalDate end,
                         List<Extension> extensions, Currency currency, int noticeMonths, String country,
                         List<Post> posts, List<DeductionRule> deductions, CertificationTerms terms,
                         int inspectionEveryDays) {
        this(id, office, version, reference, vendor, vendorSubject, procurement, start, end, extensions, currency,
                noticeMonths, country, posts, deductions, terms, inspectionEveryDays, DEFAULT_REVIEW_DAYS);
    }

    /** The end of the term as extended. */
    public LocalDate effectiveEnd() {
        return extensions.isEmpty() ? end : extensions.get(extensions.size() - 1).newEnd();
    }

    /** The day the end-of-term notice falls due. */
    public LocalDate noticeDue() {
        return effectiveEnd().minusMonths(noticeMonths);
    }

    /** The post of that code, if the contract has one. */
    public Optional<Post> post(String code) {
        return posts.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The deduction rule of an issue type, if the schedule has one. */
    public Optional<DeductionRule> rule(IssueType type) {
        return deductions.stream().filter(r -> r.type() == type).findFirst();
    }

    /** The contract with one more extension. */
    public GuardContract extended(Extension extension) {
        List<Extension> all = new java.util.ArrayList<>(extensions);
        all.add(extension);
        return new GuardContract(id, office, version, reference, vendor, vendorSubject, procurement, start, end, all,
                currency, noticeMonths, country, posts, deductions, terms, inspectionEveryDays, reviewEveryDays);
    }

    @Override
    public GuardContract withVersion(long newVersion) {
        return new GuardContract(id, office, newVersion, reference, vendor, vendorSubject, procurement, start, end,
                extensions, currency, noticeMonths, country, posts, deductions, terms, inspectionEveryDays, reviewEveryDays);
    }
}
