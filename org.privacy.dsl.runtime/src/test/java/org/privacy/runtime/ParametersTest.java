package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParametersTest {
	@Nested
	class Defaults {
		@Test
		void withoutOverridesEveryParameterKeepsItsDefault() {
			Parameters none = Parameters.none();
			assertThat(none.span("breachDeadline", Span.hours(72))).isEqualTo(Span.hours(72));
			assertThat(none.number("maxCalls", 3)).isEqualTo(3.0);
			assertThat(none.bool("strict", true)).isTrue();
			assertThat(none.text("country", "FR")).isEqualTo("FR");
		}

		@Test
		void noneIsShared() {
			assertThat(Parameters.none()).isSameAs(Parameters.none());
		}

		@Test
		void aParameterNotOverriddenKeepsItsDefault() {
			Parameters p = Parameters.of(Map.of("grace", "30 days"));
			assertThat(p.span("breachDeadline", Span.hours(72))).isEqualTo(Span.hours(72));
		}

		@Test
		void aNullDefaultIsGivenBack() {
			assertThat(Parameters.none().span("grace", null)).isNull();
			assertThat(Parameters.none().text("country", null)).isNull();
		}
	}

	@Nested
	class Overrides {
		@Test
		void spans() {
			Parameters p = Parameters.of(Map.of("grace", "30 days", "breachDeadline", "48h", "answer", " 2 months "));
			assertThat(p.span("grace", Span.days(10))).isEqualTo(Span.days(30));
			assertThat(p.span("breachDeadline", Span.hours(72))).isEqualTo(Span.hours(48));
			assertThat(p.span("answer", Span.months(1))).isEqualTo(Span.months(2));
		}

		@Test
		void numbers() {
			Parameters p = Parameters.of(Map.of("maxCalls", "12", "ratio", " 2.5 ", "limit", "1e3", "delta", "-4"));
			assertThat(p.number("maxCalls", 3)).isEqualTo(12.0);
			assertThat(p.number("ratio", 1)).isEqualTo(2.5);
			assertThat(p.number("limit", 1)).isEqualTo(1000.0);
			assertThat(p.number("delta", 1)).isEqualTo(-4.0);
		}

		@Test
		void aSpanTooLongForTheCalendarIsAnInvalidValue() {
			Parameters p = Parameters.of(Map.of("grace", "999999999 years"));
			assertThatIllegalArgumentException().isThrownBy(() -> p.span("grace", Span.days(10)))
					.withMessageContaining("parameter 'grace'").withMessageContaining("at most 10000 years");
		}

		@Test
		void booleans() {
			Parameters p = Parameters.of(Map.of("a", "true", "b", "FALSE", "c", " True "));
			assertThat(p.bool("a", false)).isTrue();
			assertThat(p.bool("b", true)).isFalse();
			assertThat(p.bool("c", false)).isTrue();
		}

		@Test
		void textIsTakenAsItIs() {
			Parameters p = Parameters.of(Map.of("country", "BE", "empty", ""));
			assertThat(p.text("country", "FR")).isEqualTo("BE");
			assertThat(p.text("empty", "FR")).isEmpty();
		}

		@Test
		void namesAreCaseSensitive() {
			Parameters p = Parameters.of(Map.of("Grace", "30 days"));
			assertThat(p.span("grace", Span.days(10))).isEqualTo(Span.days(10));
		}

		@Test
		void laterChangesToTheGivenMapAreIgnored() {
			Map<String, String> values = new HashMap<>();
			values.put("grace", "30 days");
			Parameters p = Parameters.of(values);
			values.put("grace", "1 day");
			values.put("other", "x");
			assertThat(p.span("grace", Span.days(10))).isEqualTo(Span.days(30));
			assertThat(p.unknown(Set.of("grace"))).isEmpty();
		}

		@Test
		void anIsoLengthIsReadAsDataExportsWriteIt() {
			assertThat(Parameters.of(Map.of("grace", "P2M")).span("grace", Span.days(10))).isEqualTo(Span.months(2));
			assertThat(Parameters.of(Map.of("grace", "PT72H")).span("grace", Span.days(10))).isEqualTo(Span.hours(72));
		}

		@Test
		void surviveSerialization() throws IOException, ClassNotFoundException {
			Parameters p = Parameters.of(Map.of("grace", "30 days"));
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
				out.writeObject(p);
			}
			try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
				Parameters copy = (Parameters) in.readObject();
				assertThat(copy.span("grace", Span.days(10))).isEqualTo(Span.days(30));
			}
		}
	}

	@Nested
	class InvalidOverrides {
		@ParameterizedTest(name = "\"{0}\" is not a span")
		@ValueSource(strings = { "thirty days", "30", "-30 days", "1.5 months", "" })
		void spans(String value) {
			Parameters p = Parameters.of(Map.of("grace", value));
			assertThatIllegalArgumentException().isThrownBy(() -> p.span("grace", Span.days(10))).withMessage(
					"parameter 'grace' should be a length of time like 72h, 30 days or 1 month, not \"" + value + "\"");
		}

		@Test
		void isoLengthsThatCannotBeOneSpanSayWhy() {
			assertThatIllegalArgumentException()
					.isThrownBy(() -> Parameters.of(Map.of("grace", "P1M2D")).span("grace", Span.days(10)))
					.withMessage("parameter 'grace' should be a length of time in months and years or in weeks, days,"
							+ " hours and minutes, not both, not \"P1M2D\"");
			assertThatIllegalArgumentException()
					.isThrownBy(() -> Parameters.of(Map.of("grace", "-P2M")).span("grace", Span.days(10)))
					.withMessage("parameter 'grace' should be a length of time that is not negative, not \"-P2M\"");
			assertThatIllegalArgumentException()
					.isThrownBy(() -> Parameters.of(Map.of("grace", "PT30S")).span("grace", Span.days(10)))
					.withMessage("parameter 'grace' should be a length of time in whole minutes, not \"PT30S\"");
		}

		@ParameterizedTest(name = "\"{0}\" is not a number")
		@ValueSource(strings = { "twelve", "", "1,5", "NaN", "Infinity", "30d", "12f", "0x1p3", "1e400" })
		void numbers(String value) {
			Parameters p = Parameters.of(Map.of("maxCalls", value));
			assertThatIllegalArgumentException().isThrownBy(() -> p.number("maxCalls", 3))
					.withMessage("parameter 'maxCalls' should be a number, not \"" + value + "\"");
		}

		@ParameterizedTest(name = "\"{0}\" is not a boolean")
		@ValueSource(strings = { "yes", "1", "", "oui" })
		void booleans(String value) {
			Parameters p = Parameters.of(Map.of("strict", value));
			assertThatIllegalArgumentException().isThrownBy(() -> p.bool("strict", false))
					.withMessage("parameter 'strict' should be true or false, not \"" + value + "\"");
		}

		@Test
		void anInvalidOverrideOfOneParameterDoesNotAffectOthers() {
			Parameters p = Parameters.of(Map.of("grace", "soon", "maxCalls", "4"));
			assertThat(p.number("maxCalls", 3)).isEqualTo(4.0);
		}
	}

	@Nested
	class UnknownNames {
		@Test
		void misspeltNamesAreReportedInOrder() {
			Parameters p = Parameters.of(Map.of("grace", "30 days", "gracee", "2", "breachDeadlin", "48h"));
			assertThat(p.unknown(Set.of("grace", "breachDeadline"))).containsExactly("breachDeadlin", "gracee");
		}

		@Test
		void allKnownNamesGiveNothing() {
			Parameters p = Parameters.of(Map.of("grace", "30 days"));
			assertThat(p.unknown(Set.of("grace", "breachDeadline"))).isEmpty();
		}

		@Test
		void everyNameIsUnknownToAPolicyWithoutParameters() {
			Parameters p = Parameters.of(Map.of("b", "1", "a", "2"));
			assertThat(p.unknown(Set.of())).containsExactly("a", "b");
		}

		@Test
		void theResultCanBeChangedWithoutChangingTheParameters() {
			Parameters p = Parameters.of(Map.of("x", "1"));
			p.unknown(Set.of()).clear();
			assertThat(p.unknown(Set.of())).containsExactly("x");
		}
	}
}
