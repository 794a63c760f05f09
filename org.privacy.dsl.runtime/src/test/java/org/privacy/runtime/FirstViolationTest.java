package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class FirstViolationTest {
	private static final RuleInfo RULE = new RuleInfo("R-1", "t", List.of(), Severity.LAW, "E");

	private static Finding finding(Status status, String record) {
		return new Finding(RULE, status, record, List.of(), status.word());
	}

	@Test
	void keepsTheFirstFindingThatFailsAndIgnoresTheOthers() {
		FirstViolation first = new FirstViolation();
		assertThat(first.finding()).isEmpty();
		first.accept(finding(Status.PENDING, "a"));
		first.accept(finding(Status.EXEMPT, "b"));
		first.accept(finding(Status.SATISFIED, "c"));
		assertThat(first.finding()).isEmpty();
		first.accept(finding(Status.LATE, "d"));
		first.accept(finding(Status.VIOLATED, "e"));
		assertThat(first.finding()).hasValueSatisfying(f -> assertThat(f.record()).isEqualTo("d"));
	}

	@Test
	void violationsAndDataErrorsFail() {
		EnumSet<Status> failing = EnumSet.noneOf(Status.class);
		for (Status s : Status.values()) {
			if (FirstViolation.fails(s)) {
				failing.add(s);
			}
		}
		assertThat(failing).containsExactlyInAnyOrder(Status.VIOLATED, Status.LATE, Status.OVERDUE, Status.DATA_ERROR);
	}
}
