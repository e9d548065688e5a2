package io.vigil.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.InvalidValueException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A review's figures: counts equal their records, money in the minor units of its currency. */
class ReviewFigureTest {

    @Test
    void an_amount_of_money_is_kept_in_minor_units_rounded_half_up_and_shown_with_its_currency() {
        Figure mxn = Figure.money("amountCertified.MXN", "Amount certified in MXN", new BigDecimal("142170.005"),
                Currency.getInstance("MXN"), List.of("inv-1", "inv-2"));
        assertThat(mxn.value()).isEqualTo(14_217_001L);
        assertThat(mxn.unit()).isEqualTo(Figure.Unit.MONEY);
        assertThat(mxn.currency()).isEqualTo("MXN");
        assertThat(mxn.shown()).isEqualTo("142170.01 MXN");
        Figure yen = Figure.money("amountCertified.JPY", "Amount certified in JPY", new BigDecimal("1200.4"),
                Currency.getInstance("JPY"), List.of("inv-3"));
        assertThat(yen.value()).isEqualTo(1200L);
        assertThat(yen.shown()).isEqualTo("1200 JPY");
        Figure bhd = Figure.money("amountCertified.BHD", "Amount certified in BHD", new BigDecimal("0.5"),
                Currency.getInstance("BHD"), List.of());
        assertThat(bhd.shown()).isEqualTo("0.500 BHD");
    }

    @Test
    void a_currency_is_given_for_money_and_only_for_money() {
        assertThatThrownBy(() -> new Figure("a", "A", 5, Figure.Unit.MONEY, List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("currency"));
        assertThatThrownBy(() -> new Figure("a", "A", 0, Figure.Unit.COUNT, List.of(), "MXN"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("currency"));
        assertThatThrownBy(() -> new Figure("a", "A", 5, Figure.Unit.MONEY, List.of(), "XYZ"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Figure("a", "A", 5, Figure.Unit.MONEY, List.of(), "mxn"))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new Figure("a", "A", 7, Figure.Unit.HOURS, List.of()).currency()).isEmpty();
    }

    @Test
    void an_amount_beyond_what_a_figure_holds_or_negative_is_refused() {
        Currency mxn = Currency.getInstance("MXN");
        BigDecimal most = BigDecimal.valueOf(Long.MAX_VALUE).movePointLeft(2);
        assertThat(Figure.fits(most, mxn)).isTrue();
        assertThat(Figure.fits(most.add(new BigDecimal("0.01")), mxn)).isFalse();
        assertThat(Figure.fits(new BigDecimal("-0.01"), mxn)).isFalse();
        assertThatThrownBy(() -> Figure.money("a", "A", new BigDecimal("-1"), mxn, List.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThat(Figure.money("a", "A", most, mxn, List.of()).value()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void a_chart_never_draws_money_and_a_count_equals_its_records() {
        assertThatThrownBy(() -> new Chart("c", "C", Figure.Unit.MONEY, List.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Figure.shown(5, Figure.Unit.MONEY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Figure("a", "A", 2, Figure.Unit.COUNT, List.of("x")))
                .isInstanceOf(InvalidValueException.class);
        assertThat(Figure.count("a", "A", List.of("x", "x", "y")).value()).isEqualTo(2);
    }
}
