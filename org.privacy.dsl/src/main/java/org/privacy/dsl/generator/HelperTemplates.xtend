package org.privacy.dsl.generator

import org.privacy.dsl.generator.HelperPlan.Aggregate
import org.privacy.dsl.generator.HelperPlan.Count
import org.privacy.dsl.generator.HelperPlan.Loop
import org.privacy.dsl.generator.HelperPlan.OneOf
import org.privacy.dsl.generator.HelperPlan.Quantifier
import org.privacy.dsl.generator.HelperPlan.Term

import static org.privacy.dsl.generator.ExpressionCompiler.CONTEXT
import static org.privacy.dsl.generator.ExpressionCompiler.SUBJECT
import static org.privacy.dsl.generator.ExpressionCompiler.TERMS
import static org.privacy.dsl.generator.JavaText.literal

/**
 * The helper methods of a policy class, one template per construct, each rendering the plan {@link ExpressionCompiler}
 * made ({@link HelperPlan}): layout only, every name, type and condition comes in the plan. Methods are rendered at
 * the class's member level; the class template indents them.
 */
final class HelperTemplates {

	private new() {
	}

	/** The helper method a plan describes. */
	def static String render(HelperPlan plan) {
		switch plan {
			Quantifier: quantifier(plan)
			Count: count(plan)
			Aggregate: aggregate(plan)
			Term: term(plan)
			OneOf: oneOf(plan)
		}.toString
	}

	/** {@code some}, {@code every}, {@code no}: stops at the first element that decides. */
	def private static quantifier(Quantifier it) '''
		private boolean «name()»(«parameters().join(", ")») {
			«FOR local : locals()»
				«local»
			«ENDFOR»
			«through(loop(), decides(it))»
			return «!decidedBy()»;
		}
	'''

	def private static decides(Quantifier it) '''
		if («test()») {
			«IF remembersElement()»
				return «TERMS».decided(«literal(loop().indexedPath() + "[]")», index, «decidedBy()»);
			«ELSE»
				return «decidedBy()»;
			«ENDIF»
		}
	'''

	/** {@code count of}. */
	def private static count(Count it) '''
		private int «name()»(«parameters().join(", ")») {
			«FOR local : locals()»
				«local»
			«ENDFOR»
			int n = 0;
			«through(loop(), counts(it))»
			return n;
		}
	'''

	def private static counts(Count it) '''
		«IF condition() === null»
			n++;
		«ELSE»
			if («condition()») {
				n++;
			}
		«ENDIF»
	'''

	/** {@code latest}, {@code earliest}, {@code maximum}, {@code minimum}, {@code sum} of a list. */
	def private static aggregate(Aggregate it) '''
		private «type()» «name()»(«parameters().join(", ")») {
			«FOR local : locals()»
				«local»
			«ENDFOR»
			«type()» best = «initial()»;
			«through(loop(), aggregates(it))»
			return best;
		}
	'''

	def private static aggregates(Aggregate it) '''
		«IF condition() === null»
			«keep(it)»
		«ELSE»
			if («condition()») {
				«keep(it)»
			}
		«ENDIF»
	'''

	def private static keep(Aggregate it) '''
		«valueType()» value = «value()»;
		«IF sum()»
			best = «sumMethod()»(best, value, «sumSource()»);
		«ELSE»
			if (best == null || «better()») {
				best = value;
			}
		«ENDIF»
	'''

	/** A condition or activity term, evaluated once per rule and record. */
	def private static term(Term it) '''
		/** «title()»: {@code «source()»} */
		private boolean «name()»(«recordType()» «SUBJECT», Context «CONTEXT», TermMemo «TERMS») {
			if («TERMS».isKnown(«number()»)) {
				return «TERMS».value(«number()»);
			}
			«FOR local : locals()»
				«local»
			«ENDFOR»
			return «TERMS».remember(«number()», «condition()»);
		}
	'''

	/** {@code value one of a, b} with computed options. */
	def private static oneOf(OneOf it) '''
		private static boolean «name()»(«type()» value«FOR i : 0 ..< options()», «type()» option«i»«ENDFOR») {
			return «FOR i : 0 ..< options() SEPARATOR " || "»«IF primitive()»value == option«i»«ELSE»value.equals(option«i»)«ENDIF»«ENDFOR»;
		}
	'''

	/**
	 * A loop through a collection around {@code body}; through a list the record holds, it counts the elements so
	 * that a data error names the one it is about ({@code DataException.inElement}).
	 */
	def private static through(Loop loop, CharSequence body) '''
		«IF loop.indexed()»
			int index = 0;
			try {
				«turns(loop, body)»
			} catch (DataException e) {
				throw e.inElement(«literal(loop.indexedPath() + "[]")», index);
			}
		«ELSE»
			«turns(loop, body)»
		«ENDIF»
	'''

	def private static turns(Loop loop, CharSequence body) '''
		«loop.header()»
			«IF loop.conversion() !== null»
				«loop.conversion()»
			«ENDIF»
			«body»
			«IF loop.indexed()»
				index++;
			«ENDIF»
		}
	'''
}
