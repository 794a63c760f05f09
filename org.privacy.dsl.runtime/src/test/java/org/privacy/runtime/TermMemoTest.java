package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class TermMemoTest {

	@Test
	void remembersEachTermsValue() {
		TermMemo memo = new TermMemo();
		assertThat(memo.isKnown(0)).isFalse();
		assertThat(memo.remember(0, false)).isFalse();
		assertThat(memo.remember(40, true)).isTrue();
		assertThat(memo.isKnown(0)).isTrue();
		assertThat(memo.value(0)).isFalse();
		assertThat(memo.value(40)).isTrue();
		assertThat(memo.isKnown(7)).isFalse();
	}

	@Test
	void remembersTermsBeyondTheFirstSixtyFour() {
		TermMemo memo = new TermMemo();
		memo.remember(63, true);
		memo.remember(64, false);
		memo.remember(200, true);
		assertThat(memo.value(63)).isTrue();
		assertThat(memo.value(64)).isFalse();
		assertThat(memo.value(200)).isTrue();
		assertThat(memo.isKnown(65)).isFalse();
		assertThat(memo.isKnown(199)).isFalse();
	}

	@Test
	void aTermNotEvaluatedHasNoValue() {
		assertThatIllegalStateException().isThrownBy(() -> new TermMemo().value(3));
	}
}
