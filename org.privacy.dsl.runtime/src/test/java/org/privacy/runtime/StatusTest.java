package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusTest {
	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "VIOLATED", "LATE", "OVERDUE" })
	void breakingOutcomesAreViolations(Status status) {
		assertThat(status.isViolation()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "SATISFIED", "PENDING", "EXEMPT", "DATA_ERROR" })
	void otherOutcomesAreNotViolations(Status status) {
		assertThat(status.isViolation()).isFalse();
	}

	@ParameterizedTest(name = "{0} is written \"{1}\"")
	@CsvSource({ "SATISFIED, satisfied", "VIOLATED, violated", "LATE, late", "OVERDUE, overdue", "PENDING, pending",
			"EXEMPT, exempt", "DATA_ERROR, data-error" })
	void wordsAreLowerCaseWithHyphens(Status status, String word) {
		assertThat(status.word()).isEqualTo(word);
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void everyWordNamesItsStatus(Status status) {
		assertThat(Status.fromWord(status.word())).isSameAs(status);
	}

	@ParameterizedTest(name = "\"{0}\" names no status")
	@NullAndEmptySource
	@ValueSource(strings = { "DATA_ERROR", "data_error", "Violated", " late", "breached" })
	void otherWordsNameNoStatus(String word) {
		assertThat(Status.fromWord(word)).isNull();
	}

	@Test
	void allWordsAreDistinct() {
		assertThat(Status.values()).extracting(Status::word).doesNotHaveDuplicates();
	}
}
