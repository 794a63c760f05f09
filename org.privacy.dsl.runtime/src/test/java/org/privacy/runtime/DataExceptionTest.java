package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataExceptionTest {
	@Test
	void missingNamesTheField() {
		DataException e = DataException.missing("caller.email");
		assertThat(e.field()).isEqualTo("caller.email");
		assertThat(e).hasMessage("'caller.email' is missing");
	}

	@Test
	void wrongTypeDescribesTheKindOfTheActualValue() {
		assertThat(DataException.wrongType("f", "a number", "abc")).hasMessage("'f' should be a number, not text of 3 characters");
		assertThat(DataException.wrongType("f", "a number", "x")).hasMessage("'f' should be a number, not text of 1 character");
		assertThat(DataException.wrongType("f", "text", 12.5)).hasMessage("'f' should be text, not a number");
		assertThat(DataException.wrongType("f", "text", false)).hasMessage("'f' should be text, not true or false");
		assertThat(DataException.wrongType("f", "text", List.of())).hasMessage("'f' should be text, not a list");
		assertThat(DataException.wrongType("f", "text", Map.of())).hasMessage("'f' should be text, not a record");
		assertThat(DataException.wrongType("f", "text", (Record) name -> null))
				.hasMessage("'f' should be text, not a record");
		assertThat(DataException.wrongType("f", "text", LocalDate.of(2023, 3, 1)))
				.hasMessage("'f' should be text, not a value of another kind");
	}

	@Test
	void theValueItselfNeverAppearsInTheMessage() {
		DataException e = DataException.wrongType("email", "a number", "jane.doe@example.com");
		assertThat(e.getMessage()).doesNotContain("jane").doesNotContain("example.com");
		assertThat(DataException.wrongType("phone", "a date", 33612345678L).getMessage()).doesNotContain("3361");
	}

	@Test
	void hasNoStackTraceAndNoSuppressedExceptions() {
		DataException e = new DataException("f", "bad");
		e.addSuppressed(new IllegalStateException("ignored"));
		assertThat(e.getStackTrace()).isEmpty();
		assertThat(e.getSuppressed()).isEmpty();
		assertThat(e).hasNoCause();
	}

	@Test
	void thrownAndCaughtItStillHasNoStackTrace() {
		try {
			throw DataException.missing("f");
		} catch (DataException e) {
			assertThat(e.getStackTrace()).isEmpty();
		}
	}
}
