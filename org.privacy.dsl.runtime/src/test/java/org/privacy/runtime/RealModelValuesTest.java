package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** How values of models an application cannot change are read: milliseconds, map entries, missing lists. */
class RealModelValuesTest {
	private static final Instant AT = Instant.parse("2023-11-14T22:13:20Z");
	private static final long MILLIS = AT.toEpochMilli();

	@Test
	void millisecondsAreReadFromWholeNumbersOfAnyKindAndFromTheirDigits() {
		assertThat(Values.epochMillis(MILLIS, "t")).isEqualTo(AT);
		for (Object value : List.of(MILLIS, (double) MILLIS, BigDecimal.valueOf(MILLIS), BigInteger.valueOf(MILLIS),
				Long.toString(MILLIS), " " + MILLIS + " ")) {
			assertThat(Values.epochMillis(value, "t")).as("%s", value.getClass()).isEqualTo(AT);
		}
		assertThat(Values.epochMillis(-1, "t")).isEqualTo(Instant.parse("1969-12-31T23:59:59.999Z"));
		assertThat(Values.epochMillis(0, "t")).isEqualTo(Instant.EPOCH);
	}

	@Test
	void aDateTimeGivenAsSuchIsTakenAsItIs() {
		assertThat(Values.epochMillis(AT, "t")).isEqualTo(AT);
		assertThat(Values.epochMillis(Date.from(AT), "t")).isEqualTo(AT);
		assertThat(Values.epochMillis("2023-11-14T22:13:20Z", "t")).isEqualTo(AT);
	}

	@Test
	void millisecondsThatAreNoWholeNumberAreADataErrorThatQuotesNothing() {
		for (Object value : List.of(1.5, new BigDecimal("1e30"), "12.5", "soon", true, Double.NaN)) {
			assertThatThrownBy(() -> Values.epochMillis(value, "createdAt")).as("%s", value)
					.isInstanceOf(DataException.class).hasMessageStartingWith("'createdAt' should be")
					.hasMessageNotContaining("12.5").hasMessageNotContaining("soon");
		}
		assertThat(Values.epochMillisOrNull(null, "t")).isNull();
		assertThatThrownBy(() -> Values.epochMillis(null, "t")).hasMessage("'t' is missing");
	}

	@Test
	void anEntryIsReadFromAMapOrANestedRecordAndAMissingMapHasNone() {
		assertThat(Values.entry(Map.of("locale", "fr"), "locale", "attributes")).isEqualTo("fr");
		assertThat(Values.entry(Record.of(Map.of("locale", "fr")), "locale", "attributes")).isEqualTo("fr");
		assertThat(Values.entry(Map.of(), "locale", "attributes")).isNull();
		assertThat(Values.entry(null, "locale", "attributes")).isNull();
		assertThatThrownBy(() -> Values.entry("fr", "locale", "attributes")).isInstanceOf(DataException.class)
				.hasMessage("'attributes' should be a map of named entries, not text of 2 characters");
	}

	@Test
	void oneValueKeptInAListIsThatValueAndSeveralAreADataError() {
		assertThat(Values.single(List.of("fr"), "locale")).isEqualTo("fr");
		assertThat(Values.single(List.of(), "locale")).isNull();
		assertThat(Values.single(new String[] { "fr" }, "locale")).isEqualTo("fr");
		assertThat(Values.single("fr", "locale")).isEqualTo("fr");
		assertThatThrownBy(() -> Values.single(List.of("fr", "en"), "locale")).isInstanceOf(DataException.class)
				.hasMessage("'locale' holds 2 values where one is expected");
	}

	@Test
	void aMissingListIsEmptyAndKeepsItsType() {
		List<String> list = Values.orEmpty((List<String>) null);
		Set<String> set = Values.orEmpty((Set<String>) null);
		assertThat(list).isEmpty();
		assertThat(set).isEmpty();
		assertThat(Values.orEmpty((String[]) null)).isEmpty();
		assertThat(Values.orEmpty(new String[] { "a" })).containsExactly("a");
		assertThat(Values.orEmpty((Object) null)).isEqualTo(List.of());
		List<String> given = List.of("a");
		assertThat(Values.orEmpty(given)).isSameAs(given);
	}

	@Test
	void aProblemInAnElementNamesItsIndex() {
		DataException problem = DataException.missing("devices[].keys[].createdAt");

		DataException inner = problem.inElement("devices[].keys[]", 1);
		DataException outer = inner.inElement("devices[]", 2);

		assertThat(outer.field()).isEqualTo("devices[2].keys[1].createdAt");
		assertThat(outer.getMessage()).isEqualTo("'devices[2].keys[1].createdAt' is missing");
		assertThat(DataException.missing("other").inElement("devices[]", 0).field()).isEqualTo("other");
	}
}
