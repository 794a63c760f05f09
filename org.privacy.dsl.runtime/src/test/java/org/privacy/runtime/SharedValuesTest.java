package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Values shared by records ({@code list of E sharing f}) and references compared by key. */
class SharedValuesTest {

	@Test
	void numbersAreOneValueWhateverTheirForm() {
		assertThat(List.of(42, 42L, 42.0, "42", "42.0", new BigDecimal("42.00")))
				.allSatisfy(v -> assertThat(Values.sharedKey(v, "number", "badge")).isEqualTo("42"));
		assertThat(Values.sharedKey("0.5", "number", "badge")).isEqualTo("0.5");
	}

	@Test
	void instantsAndDatesAreOneValueWhateverTheirForm() {
		assertThat(Values.sharedKey("2024-03-01T11:00+01:00", "datetime", "at"))
				.isEqualTo(Values.sharedKey("2024-03-01T10:00:00Z", "datetime", "at"))
				.isEqualTo(Values.sharedKey(Instant.parse("2024-03-01T10:00:00Z"), "datetime", "at"));
		assertThat(Values.sharedKey(LocalDate.of(2024, 3, 1), "date", "on"))
				.isEqualTo(Values.sharedKey("2024-03-01", "date", "on"));
	}

	@Test
	void textsAreMatchedExactly() {
		assertThat(Values.sharedKey("007", "text", "personId")).isEqualTo("007");
		assertThat(Values.sharedKey(7, "text", "personId")).isEqualTo("7");
	}

	@Test
	void aMissingValueSharesNothing() {
		assertThat(Values.sharedKey(null, "text", "personId")).isNull();
		assertThat(Values.sharedKey("", "text", "personId")).isNull();
		assertThat(Values.sharing(Context.at(Instant.EPOCH), "Call", "personId", null, "text", "personId")).isEmpty();
	}

	@Test
	void aValueOfAnotherTypeIsADataErrorThatDoesNotQuoteIt() {
		assertThatThrownBy(() -> Values.sharedKey("forty-two", "number", "badge")).isInstanceOf(DataException.class)
				.hasMessageContaining("badge").hasMessageNotContaining("forty-two");
		assertThatThrownBy(() -> Values.sharedKey(List.of("a"), "text", "personId"))
				.isInstanceOf(DataException.class);
	}

	@Test
	void referencesAreTheSameRecordWhenTheirKeysAre() {
		assertThat(Values.sameKey("p-1", Values.referencedKey(Map.of("id", "p-1"), "id"), "a", "b")).isTrue();
		assertThat(Values.sameKey(42, 42.0, "a", "b")).isTrue();
		assertThat(Values.sameKey("p-1", "p-2", "a", "b")).isFalse();
		assertThatThrownBy(() -> Values.sameKey(null, "p-1", "caller", "callee")).isInstanceOf(DataException.class)
				.hasMessageContaining("caller");
	}
}
