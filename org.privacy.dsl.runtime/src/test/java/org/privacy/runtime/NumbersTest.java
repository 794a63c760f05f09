package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Arithmetic on numbers, lengths of time ordered and added, and list parameters. */
class NumbersTest {

	@Test
	void divisionByZeroLog2OfZeroAndOverflowAreDataErrorsThatNameTheExpressionOnly() {
		assertThatThrownBy(() -> Numbers.divide(3, 0, "a / b")).isInstanceOf(DataException.class)
				.hasMessage("'a / b' divides by zero");
		assertThatThrownBy(() -> Numbers.log2(-4, "log2 of x")).isInstanceOf(DataException.class);
		assertThatThrownBy(() -> Numbers.times(1e308, 10, "x * 10")).isInstanceOf(DataException.class)
				.hasMessageNotContaining("1e308").hasMessageNotContaining("1.0E308");
		assertThat(Numbers.divide(1, 4, "x")).isEqualTo(0.25);
		assertThat(Numbers.log2(8, "x")).isEqualTo(3.0);
	}

	@Test
	void roundingIsHalfAwayFromZeroOnTheWrittenDecimals() {
		assertThat(Numbers.rounded(2.5, 0)).isEqualTo(3.0);
		assertThat(Numbers.rounded(-2.5, 0)).isEqualTo(-3.0);
		assertThat(Numbers.rounded(2.675, 2)).isEqualTo(2.68);
		assertThat(Numbers.roundedDown(-2.3)).isEqualTo(-3.0);
		assertThat(Numbers.roundedUp(2.1)).isEqualTo(3.0);
	}

	@Test
	void lengthsOfOneKindAreOrderedAndAdded() {
		assertThat(Span.compare(Span.parse("1 year"), Span.parse("12 months"), "x")).isZero();
		assertThat(Span.compare(Span.parse("72h"), Span.parse("4 days"), "x")).isNegative();
		assertThat(Span.plus(Span.parse("72h"), Span.parse("1 day"), "x")).isEqualTo(Span.of(5760, Span.Unit.MINUTES));
		assertThat(Span.plus(Span.parse("1 month"), Span.parse("2 months"), "x")).isEqualTo(Span.parse("3 months"));
		assertThat(Span.plus(Span.parse("1 year"), Span.parse("2 months"), "x")).isEqualTo(Span.parse("14 months"));
		assertThat(Span.max(Span.parse("1 week"), Span.parse("8 days"), "x")).isEqualTo(Span.parse("8 days"));
	}

	@Test
	void lengthsOfTwoKindsAreADataError() {
		assertThatThrownBy(() -> Span.compare(Span.parse("1 month"), Span.parse("30 days"), "period < 30 days"))
				.isInstanceOf(DataException.class).hasMessageContaining("'period < 30 days'");
		assertThatThrownBy(() -> Span.plus(Span.parse("1 month"), Span.parse("2 days"), "x"))
				.isInstanceOf(DataException.class);
		assertThatThrownBy(() -> Span.plus(Span.parse("9000 years"), Span.parse("2000 years"), "x"))
				.isInstanceOf(DataException.class);
	}

	@Test
	void listParametersAreGivenAsTextSeparatedByCommas() {
		Parameters p = Parameters.of(Map.of("clauses", "audits, security", "limits", "1, 2.5", "days",
				"2024-05-01,2024-12-25", "words", "", "bad", "audits, privacy"));
		Set<String> allowed = Set.of("audits", "security", "erasure");
		assertThat(p.names("clauses", List.of("erasure"), allowed)).containsExactly("audits", "security");
		assertThat(p.names("absent", List.of("erasure"), allowed)).containsExactly("erasure");
		assertThat(p.numbers("limits", List.of())).containsExactly(1.0, 2.5);
		assertThat(p.dates("days", List.of())).containsExactly(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 12, 25));
		assertThat(p.texts("words", List.of("x"))).isEmpty();
		assertThatThrownBy(() -> p.names("bad", List.of(), allowed)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("'bad'");
		assertThatThrownBy(() -> p.numbers("clauses", List.of())).isInstanceOf(IllegalArgumentException.class);
	}
}
