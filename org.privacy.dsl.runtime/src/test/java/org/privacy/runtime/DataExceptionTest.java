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
	void wrongTypeDescribesTheActualValue() {
		assertThat(DataException.wrongType("f", "a number", "abc"))
				.hasMessage("'f' should be a number but is the text \"abc\"");
		assertThat(DataException.wrongType("f", "text", 12.5)).hasMessage("'f' should be text but is the number 12.5");
		assertThat(DataException.wrongType("f", "text", false)).hasMessage("'f' should be text but is the boolean false");
		assertThat(DataException.wrongType("f", "text", List.of())).hasMessage("'f' should be text but is a list");
		assertThat(DataException.wrongType("f", "text", Map.of())).hasMessage("'f' should be text but is a record");
		assertThat(DataException.wrongType("f", "text", (Record) name -> null))
				.hasMessage("'f' should be text but is a record");
		assertThat(DataException.wrongType("f", "text", LocalDate.of(2023, 3, 1)))
				.hasMessage("'f' should be text but is a value of another kind");
	}

	@Test
	void longTextIsTruncatedInTheMessage() {
		DataException e = DataException.wrongType("f", "a number", "x".repeat(100));
		assertThat(e).hasMessage("'f' should be a number but is the text \"" + "x".repeat(40) + "…\"");
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
