package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RuleInfoTest {
	private static RuleInfo breachRule(List<String> bases) {
		return new RuleInfo("BRC-01", "Notify the authority within 72 hours", bases, Severity.LAW, "SecurityIncident");
	}

	@Test
	void keepsWhatTheRuleFileSays() {
		RuleInfo rule = breachRule(List.of("GDPR art. 33(1)"));
		assertThat(rule.id()).isEqualTo("BRC-01");
		assertThat(rule.title()).isEqualTo("Notify the authority within 72 hours");
		assertThat(rule.bases()).containsExactly("GDPR art. 33(1)");
		assertThat(rule.severity()).isEqualTo(Severity.LAW);
		assertThat(rule.entity()).isEqualTo("SecurityIncident");
	}

	@Test
	void basesAreJoinedForASentence() {
		assertThat(breachRule(List.of("CPCE art. L34-5", "GDPR art. 7")).basesText())
				.isEqualTo("CPCE art. L34-5, GDPR art. 7");
		assertThat(breachRule(List.of("GDPR art. 33(1)")).basesText()).isEqualTo("GDPR art. 33(1)");
	}

	@Test
	void aRuleWithoutBasesSaysSo() {
		assertThat(breachRule(List.of()).basesText()).isEqualTo("no stated basis");
	}

	@Test
	void basesAreCopiedAndCannotBeChanged() {
		List<String> bases = new ArrayList<>(List.of("GDPR art. 33(1)"));
		RuleInfo rule = breachRule(bases);
		bases.add("GDPR art. 34");
		assertThat(rule.bases()).containsExactly("GDPR art. 33(1)");
		assertThatThrownBy(() -> rule.bases().add("x")).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void showsIdAndTitle() {
		assertThat(breachRule(List.of())).hasToString("BRC-01 \"Notify the authority within 72 hours\"");
	}

	@Test
	void everyPartIsRequired() {
		assertThatNullPointerException()
				.isThrownBy(() -> new RuleInfo(null, "t", List.of(), Severity.LAW, "E")).withMessage("id");
		assertThatNullPointerException()
				.isThrownBy(() -> new RuleInfo("R", null, List.of(), Severity.LAW, "E")).withMessage("title");
		assertThatNullPointerException()
				.isThrownBy(() -> new RuleInfo("R", "t", List.of(), null, "E")).withMessage("severity");
		assertThatNullPointerException()
				.isThrownBy(() -> new RuleInfo("R", "t", List.of(), Severity.LAW, null)).withMessage("entity");
		assertThatNullPointerException().isThrownBy(() -> new RuleInfo("R", "t", null, Severity.LAW, "E"));
	}
}
