package org.privacy.dsl.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.Check;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.privacy.Quantified;
import org.privacy.dsl.typing.ElementDeadline;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyTypeComputer;

import com.google.inject.Inject;

/** Terms: no definition that uses itself, events on date-times, terms used on the entity they are defined for. */
public class TermValidator extends ConcernValidator {

	@Inject
	private PrivacyTypeComputer types;

	@Inject
	private IResourceScopeCache cache;

	/**
	 * A term whose definition leads back to itself. The search goes breadth first, without recursion, over the terms
	 * each term uses directly (worked out once per term and resource state): a chain or a ring of 10,000 terms is
	 * checked in seconds, without running out of stack.
	 */
	@Check
	public void noCycle(Term term) {
		Map<Term, List<Term>> uses = cache.get(TermValidator.class, term.eResource(), HashMap::new);
		Map<Term, Term> reachedFrom = new HashMap<>();
		Deque<Term> queue = new ArrayDeque<>();
		queue.add(term);
		while (!queue.isEmpty()) {
			Term current = queue.removeFirst();
			for (Term used : uses.computeIfAbsent(current, TermValidator::termsUsedBy)) {
				if (used == term) {
					reportCycle(term, current, reachedFrom);
					return;
				}
				if (!reachedFrom.containsKey(used)) {
					reachedFrom.put(used, current);
					queue.addLast(used);
				}
			}
		}
	}

	private void reportCycle(Term term, Term last, Map<Term, Term> reachedFrom) {
		List<String> path = new ArrayList<>();
		path.add(term.getName());
		for (Term t = last; t != term; t = reachedFrom.get(t)) {
			path.add(t.getName());
		}
		path.add(term.getName());
		Collections.reverse(path);
		error(Messages.cyclicTerm(term.getName(), path), term, P.getNamed_Name(), term.getName());
	}

	/** The terms a term's definition names, in the order they are written. */
	private static List<Term> termsUsedBy(Term term) {
		List<Term> used = new ArrayList<>();
		for (Reference ref : EcoreUtil2.getAllContentsOfType(term, Reference.class)) {
			if (ref.getTarget() instanceof Term t && !t.eIsProxy()) {
				used.add(t);
			}
		}
		return used;
	}

	@Check
	public void event(Term term) {
		if (!term.isEvent()) {
			return;
		}
		PrivacyType at = types.typeOf(term.getAt());
		if (!at.isUnknown() && !at.isTime()) {
			error(Messages.eventNotAtTime(at), term, P.getTerm_At());
		}
		if (term.getFrom() != null) {
			PrivacyType from = types.typeOf(term.getFrom());
			if (!from.isUnknown() && at.isTime() && from.kind() != at.kind()) {
				error(Messages.eventStartType(at, from), term, P.getTerm_From());
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
		if (ElementDeadline.isEvent(ref)) {
			// the event each element of a per-element deadline must meet is about the element
			here = types.typeOf(((Quantified) ref.eContainer()).getVar()).entity();
		}
		if (own != null && here != null && !own.eIsProxy() && own != here) {
			error(Messages.wrongEntity(term.getName(), own.getName(), here.getName()), ref, P.getReference_Target(),
					term.getName());
		}
	}

}
