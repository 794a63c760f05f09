package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityTest {
	@Test
	void wordsAreWrittenAsInRuleFiles() {
		assertThat(Severity.LAW.word()).isEqualTo("law");
		assertThat(Severity.GUIDANCE.word()).isEqualTo("guidance");
	}
}
