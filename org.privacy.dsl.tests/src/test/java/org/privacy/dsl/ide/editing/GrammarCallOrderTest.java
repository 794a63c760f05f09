package org.privacy.dsl.ide.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.XtextFactory;
import org.junit.jupiter.api.Test;
import org.privacy.dsl.ide.contentassist.GrammarCallOrder;

/** The grammar's call order is walked once per question, and the token's text is part of it only without element. */
class GrammarCallOrderTest {

	private final GrammarCallOrder order = new GrammarCallOrder();
	private final AbstractRule rule = XtextFactory.eINSTANCE.createParserRule();
	private final Keyword previous = XtextFactory.eINSTANCE.createKeyword();
	private final Keyword next = XtextFactory.eINSTANCE.createKeyword();
	private final AtomicInteger walks = new AtomicInteger();

	private BooleanSupplier walk(boolean answer) {
		return () -> {
			walks.incrementAndGet();
			return answer;
		};
	}

	@Test
	void aQuestionAskedAgainIsAnsweredWithoutWalking() {
		assertThat(order.canBeCalledAfter(rule, previous, "ur", next, walk(true))).isTrue();
		assertThat(order.canBeCalledAfter(rule, previous, "urg", next, walk(false))).isTrue();
		assertThat(walks).hasValue(1);
	}

	@Test
	void otherElementsAreOtherQuestions() {
		assertThat(order.canBeCalledAfter(rule, previous, "ur", next, walk(true))).isTrue();
		assertThat(order.canBeCalledAfter(rule, next, "ur", previous, walk(false))).isFalse();
		assertThat(order.canBeCalledAfter(XtextFactory.eINSTANCE.createParserRule(), previous, "ur", next,
				walk(false))).isFalse();
		assertThat(walks).hasValue(3);
	}

	@Test
	void withoutAPreviousElementTheTextIsPartOfTheQuestion() {
		assertThat(order.canBeCalledAfter(rule, null, "unless", next, walk(true))).isTrue();
		assertThat(order.canBeCalledAfter(rule, null, "where", next, walk(false))).isFalse();
		assertThat(order.canBeCalledAfter(rule, null, "unless", next, walk(false))).isTrue();
		assertThat(walks).hasValue(2);
	}
}
