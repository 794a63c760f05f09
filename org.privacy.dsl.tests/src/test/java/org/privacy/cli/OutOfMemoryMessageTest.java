package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.privacy.cli.exit.ExitCode;

import org.junit.jupiter.api.Test;

/** Running out of heap is said as what it is, with the ways out, not as an internal error. */
class OutOfMemoryMessageTest {

	@Test
	void outOfMemorySaysHowToGiveMore() {
		StringWriter err = new StringWriter();

		int code = ErrorHandlers.internalError(new PrintWriter(err), new OutOfMemoryError("Java heap space"));

		assertThat(code).isEqualTo(ExitCode.INTERNAL_ERROR);
		assertThat(err.toString()).startsWith("privacy: not enough memory for this run (")
				.contains("MB of Java heap", "JAVA_TOOL_OPTIONS=-Xmx4g", "--lookups disk")
				.doesNotContain("internal error");
	}
}
