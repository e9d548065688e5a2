package io.vigil.review.domain;

import io.vigil.kernel.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/**
 * One figure of a review: a stable key, its label, its value in its unit and the ids of the records
 * it counts (for a count, exactly as many as the value; for a rate, a time or an amount, the records
 * it was taken over). A {@link Unit#MONEY} figure names its currency (ISO 4217); no other does.
 */
public record Figure(String key, String label, long value, Unit unit, List<String> records, String currency) {
    /** The most record ids one figure carries; a section refuses more (see {@code ReviewSource.MAX_RECORDS}). */
    public static final int MAX_RECORDS = 5000;

    /** What a figure's value is. */
    public enum Unit {
        /** A number of records. */
        COUNT,
        /** A whole percentage. */
        PERCENT,
        /** A whole number of hours. */
        HOURS,
        /**
         * An amount of money in the minor units of the figure's currency (123456 in MXN is 1234.56 MXN);
         * figures only, never a chart.
         */
        MONEY
    }

    public Figure {
        key = Require.text(key, "key", 80);
        label = Require.text(label, "label", 200);
        Require.nonNull(unit, "unit");
        records = Require.noNulls(records, "records").stream().distinct().sorted().toList();
        Require.that(records.size() <= MAX_RECORDS, "records", "must be at most " + MAX_RECORDS);
        Require.that(unit != Unit.COUNT || value == records.size(), "value",
                "a count must equal the number of its records");
        Require.that(value >= 0, "value", "must not be negative");
        currency = currency == null ? "" : currency;
        Require.that((unit == Unit.MONEY) == !currency.isEmpty(), "currency",
                "must be given for an amount of money, and only then");
        if (unit == Unit.MONEY) {
            Require.that(currency.matches("[A-Z]{3}") && known(currency), "currency",
                    "must be an ISO 4217 code with a minor unit, was " + currency);
        }
    }

    /** A figure that is not an amount of money. */
    public Figure(String key, String label, long value, Unit unit, List<String> records) {
        this(key, label, value, unit, records, "");
    }

    /** A count of the records given. */
    public static Figure count(String key, String label, List<String> records) {
        List<String> distinct = records.stream().distinct().toList();
        return new Figure(key, label, distinct.size(), Unit.COUNT, distinct);
    }

    /**
     * An amount of money over the records given, rounded half up to the currency's minor unit; refused
     * (an {@code IllegalArgumentException}) when negative or beyond {@link #fits what a figure holds}.
     */
    public static Figure money(String key, String label, BigDecimal amount, Currency currency, List<String> records) {
        Require.nonNull(amount, "amount");
        Require.nonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        Require.that(digits >= 0, "currency", "must have a minor unit");
        Require.that(fits(amount, currency), "amount", "must be between 0 and " + Long.MAX_VALUE + " minor units");
        long minor = amount.setScale(digits, RoundingMode.HALF_UP).movePointRight(digits).longValueExact();
        return new Figure(key, label, minor, Unit.MONEY, records, currency.getCurrencyCode());
    }

    /** Whether an amount, in that currency's minor units, is one a money figure holds (0 to {@code Long.MAX_VALUE}). */
    public static boolean fits(BigDecimal amount, Currency currency) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal minor = amount.setScale(digits, RoundingMode.HALF_UP).movePointRight(digits);
        return minor.signum() >= 0 && minor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
    }

    /** The value followed by its unit, as the renderings show it ({@code 1234.56 MXN} for money). */
    public String shown() {
        if (unit == Unit.MONEY) {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return BigDecimal.valueOf(value, digits).toPlainString() + " " + currency;
        }
        return shown(value, unit);
    }

    /** A value followed by its unit; an amount of money needs its currency ({@link #shown()}). */
    public static String shown(long value, Unit unit) {
        return switch (unit) {
            case COUNT -> Long.toString(value);
            case PERCENT -> value + " %";
            case HOURS -> value + " h";
            case MONEY -> throw new IllegalArgumentException("an amount of money is shown with its currency");
        };
    }

    private static boolean known(String code) {
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
