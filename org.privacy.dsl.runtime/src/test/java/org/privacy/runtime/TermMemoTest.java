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

	@Test
	void watchingForgetsTheTermsTheScopeEvaluated() {
		TermMemo memo = new TermMemo();
		memo.remember(3, true);
		memo.remember(100, false);

		memo.watch();

		// read again by the requirement, they run their quantifiers again and name the deciding element
		assertThat(memo.isKnown(3)).isFalse();
		assertThat(memo.isKnown(100)).isFalse();
		assertThat(memo.decided("devices[]", 1, true)).isTrue();
		assertThat(memo.fields(java.util.List.of("devices[].model"), true)).containsExactly("devices[1].model");
	}
}
