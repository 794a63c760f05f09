package org.privacy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The one rule for a JSON number with a fraction or an exponent that both readers of JSON follow. */
class JsonNumbersTest {

	@Test
	void aJsonFloatIsADoubleUnlessThatWouldBeWrong() {
		assertThat(JsonNumbers.ofFloat(2000.0, "2.0e3")).isEqualTo(2000.0);
		assertThat(JsonNumbers.ofFloat(-0.0, "-0.000")).isEqualTo(-0.0);
		assertThat(JsonNumbers.ofFloat(0.0, "1e-400")).isEqualTo(new BigDecimal("1e-400"));
		assertThat(JsonNumbers.ofFloat(Double.POSITIVE_INFINITY, "1e400")).isEqualTo(new BigDecimal("1e400"));
	}
}
