package org.privacy.dsl.generator;

import java.util.List;

/**
 * What a helper method of a policy class is made of, once {@link ExpressionCompiler} has analysed its construct:
 * names, Java types and the Java of its conditions, nothing about layout. {@code HelperTemplates.xtend} renders each
 * kind; two plans that differ only by their method's name render the same body.
 */
sealed interface HelperPlan {

	/** The helper method's name in the class. */
	String name();

	/** The same helper under another name. */
	HelperPlan named(String name);

	/**
	 * A loop through a collection: its header (the {@code for} line), the statement that
	 * binds the element's variable when items need converting ({@code null} when the header binds it), and, when the
	 * list is one the record holds, its field path ({@code credentials}): the loop then counts its elements, so that a
	 * data error names the element ({@code credentials[2].createdDate}) and a quantifier can remember the one that
	 * decides it. A list found in the data ({@code via}, {@code sharing}) has no place in the record: {@code null}.
	 */
	record Loop(String header, String conversion, String indexedPath) {

		/** Whether the loop counts the elements of a list the record holds. */
		boolean indexed() {
			return indexedPath != null;
		}
	}

	/**
	 * {@code some}/{@code every}/{@code no}: returns {@code decidedBy} as soon as an element passes {@code test} (for
	 * {@code every}, the negated condition), else the opposite; with {@code remembersElement} it first tells the
	 * rule's {@code TermMemo} which element decided ({@code TermMemo.decided}). {@code locals} declare the values of
	 * the record the method reads once ({@link HelperReads}), before its loop.
	 */
	record Quantifier(String name, List<String> parameters, List<String> locals, Loop loop, String test,
			boolean decidedBy, boolean remembersElement) implements HelperPlan {

		@Override
		public Quantifier named(String other) {
			return new Quantifier(other, parameters, locals, loop, test, decidedBy, remembersElement);
		}
	}

	/** {@code count of}: the number of elements, or of those meeting {@code condition} when it is not {@code null}. */
	record Count(String name, List<String> parameters, List<String> locals, Loop loop, String condition)
			implements HelperPlan {

		@Override
		public Count named(String other) {
			return new Count(other, parameters, locals, loop, condition);
		}
	}

	/**
	 * An aggregate over a list ({@code latest}, {@code maximum}, {@code sum}...): {@code best} starts at
	 * {@code initial}; each element meeting {@code condition} (all when {@code null}) gives {@code value}, added to
	 * it with {@code sum} (a call of {@code sumMethod} with the rule's source), else kept when {@code better} holds.
	 */
	record Aggregate(String name, List<String> parameters, List<String> locals, Loop loop, String type, String initial,
			String condition, String valueType, String value, String sumMethod, String sumSource, String better)
			implements HelperPlan {

		/** Whether elements are added up ({@code sum}), rather than the best one kept. */
		boolean sum() {
			return sumMethod != null;
		}

		@Override
		public Aggregate named(String other) {
			return new Aggregate(other, parameters, locals, loop, type, initial, condition, valueType, value,
					sumMethod, sumSource, better);
		}
	}

	/**
	 * A condition or activity term, evaluated at most once per rule and record: its value is kept in the rule's
	 * {@code TermMemo} under {@code number}. {@code title} and {@code source} are the term's name and the text of its
	 * condition, already escaped for Javadoc; {@code locals} declare the values it reads once ({@link HelperReads}).
	 */
	record Term(String name, String title, String source, String recordType, int number, List<String> locals,
			String condition) implements HelperPlan {

		@Override
		public Term named(String other) {
			return new Term(other, title, source, recordType, number, locals, condition);
		}
	}

	/**
	 * {@code value one of a, b} where the options are computed: whether {@code value} equals one of
	 * {@code options} arguments of {@code type}, by {@code ==} for {@code primitive} types.
	 */
	record OneOf(String name, String type, int options, boolean primitive) implements HelperPlan {

		@Override
		public OneOf named(String other) {
			return new OneOf(other, type, options, primitive);
		}
	}
}
