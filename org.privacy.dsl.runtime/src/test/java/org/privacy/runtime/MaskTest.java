package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaskTest {
	@ParameterizedTest(name = "{0} is masked as {1}")
	@CsvSource({ "jean.dupont@example.fr, j***@***.fr", "JD@Example.COM, J***@***.COM", "a@b.co, a***@***.co",
			"marie@mail.example.co.uk, m***@***.uk" })
	void anEmailKeepsItsFirstLetterAndTopLevelDomain(String email, String masked) {
		assertThat(Mask.mask(email)).isEqualTo(masked);
	}

	@Test
	void anEmailWithoutTopLevelDomainKeepsOnlyItsFirstLetter() {
		assertThat(Mask.mask("root@localhost")).isEqualTo("r***@***");
	}

	@Test
	void aDotInTheLocalPartIsNotATopLevelDomain() {
		assertThat(Mask.mask("jean.dupont@localhost")).isEqualTo("j***@***");
	}

	@Test
	void anEmailRevealsNeitherTheRestOfTheNameNorTheDomain() {
		String masked = Mask.mask("jean.dupont@canalplus-secret.fr");
		assertThat(masked).doesNotContain("ean", "dupont", "canalplus", "secret");
	}

	@Test
	void anEmailsLengthIsNotRevealed() {
		assertThat(Mask.mask("a@example.fr")).isEqualTo(Mask.mask("averyveryverylongname@example.fr"));
	}

	@ParameterizedTest(name = "{0} is masked as {1}")
	@CsvSource({ "+33612345678, ********78", "0612345678, ********78", "06 12 34 56 78, ********78",
			"123456, ****56", "12345, ***45" })
	void otherValuesKeepTheirLastTwoCharactersBehindAtMostEightStars(String value, String masked) {
		assertThat(Mask.mask(value)).isEqualTo(masked);
	}

	@ParameterizedTest(name = "\"{0}\" is masked entirely")
	@ValueSource(strings = { "", "a", "ab", "abc", "abcd" })
	void shortValuesAreMaskedEntirely(String value) {
		assertThat(Mask.mask(value)).isEqualTo("****");
	}

	@Test
	void aLongValueRevealsNeitherItsLengthNorItsBeginning() {
		String masked = Mask.mask("FR7630006000011234567890189");
		assertThat(masked).isEqualTo("********89").doesNotContain("FR76");
	}

	/** Issue 10: a leading right-to-left override was kept, and reversed the rest of the report's line. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "\u202eevil@example.com", "evil@example.c\u2066m", "\u2028a@example.com",
			"0612345678\u202e", "06123456\u2029\u200f", "0612345678\u0000", "0612345678\ud83d",
			"\u061cx@example.\u202cfr" })
	void maskingNeverKeepsACharacterThatDisguisesText(String value) {
		String masked = Mask.mask(value);

		assertThat(masked.chars()).as(masked).allSatisfy(c -> assertThat(Character.getType(c)).isNotIn(
				(int) Character.CONTROL, (int) Character.FORMAT, (int) Character.LINE_SEPARATOR,
				(int) Character.PARAGRAPH_SEPARATOR, (int) Character.SURROGATE));
		assertThat(masked).hasSize(Mask.mask(value.replaceAll("[^a-z0-9@.]", "x")).length());
	}

	@Test
	void aLeadingAtSignIsNotAnEmail() {
		assertThat(Mask.mask("@jeandupont")).isEqualTo("********nt");
	}

	@Test
	void numbersAreFormattedBeforeMasking() {
		assertThat(Mask.mask(42)).isEqualTo("****");
		assertThat(Mask.mask(12.0)).isEqualTo("****");
		assertThat(Mask.mask(123456789L)).isEqualTo("*******89");
		assertThat(Mask.mask(1234567.0)).isEqualTo("*****67");
	}

	@Test
	void instantsAreFormattedBeforeMasking() {
		assertThat(Mask.mask(Instant.parse("2023-03-01T09:00:00Z"))).isEqualTo("********0Z");
	}

	@Test
	void aMissingValueStaysVisiblyMissing() {
		assertThat(Mask.mask(null)).isEqualTo("(missing)");
	}
}
