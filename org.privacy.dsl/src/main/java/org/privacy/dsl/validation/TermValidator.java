package org.privacy.dsl.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyTypeComputer;

import com.google.inject.Inject;

/** Terms: no definition that uses itself, events on date-times, terms used on the entity they are defined for. */
public class TermValidator extends ConcernValidator {

	@Inject
	private PrivacyTypeComputer types;

	@Check
	public void noCycle(Term term) {
		Deque<Term> path = new ArrayDeque<>();
		if (reaches(term, term, path, new HashSet<>())) {
			StringBuilder chain = new StringBuilder(term.getName());
			for (Term t : path) {
				chain.append(" -> ").append(t.getName());
			}
			error("'" + term.getName() + "' is defined in terms of itself (" + chain + ")", term, P.getNamed_Name(),
					IssueCodes.CYCLIC_TERM, term.getName());
		}
	}

	private static boolean reaches(Term from, Term target, Deque<Term> path, Set<Term> seen) {
		for (Reference ref : EcoreUtil2.getAllContentsOfType(from, Reference.class)) {
			if (ref.getTarget() instanceof Term t && !t.eIsProxy()) {
				path.addLast(t);
				if (t == target || seen.add(t) && reaches(t, target, path, seen)) {
					return true;
				}
				path.removeLast();
			}
		}
		return false;
	}

	@Check
	public void event(Term term) {
		if (!term.isEvent()) {
			return;
		}
		PrivacyType at = types.typeOf(term.getAt());
		if (!at.isUnknown() && !at.isTime()) {
			error("an event happens at a date or a date-time, not at " + at.describe(), term, P.getTerm_At(),
					IssueCodes.INVALID_EVENT);
		}
		if (term.getFrom() != null) {
			PrivacyType from = types.typeOf(term.getFrom());
			if (!from.isUnknown() && at.isTime() && from.kind() != at.kind()) {
				error("an event is counted from " + at.describe() + ", not from " + from.describe(), term,
						P.getTerm_From(), IssueCodes.TYPE_MISMATCH);
			}
		}
	}

	/** A condition or event term is about one entity; using it where bare names mean another entity is an error. */
	@Check
	public void usedOnItsEntity(Reference ref) {
		if (!(ref.getTarget() instanceof Term term) || term.eIsProxy()) {
			return;
		}
		Entity own = term.getActivity() != null ? term.getActivity() : term.getSubject();
		Entity here = types.subjectEntity(ref);
		if (own != null && here != null && !own.eIsProxy() && own != here) {
			error("'" + term.getName() + "' is defined for " + own.getName() + ", but here the records are "
					+ here.getName(), ref, P.getReference_Target(), IssueCodes.WRONG_ENTITY, term.getName());
		}
	}

}
