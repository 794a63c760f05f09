package org.privacy.dsl.scoping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.privacy.dsl.privacy.Aggregate;
import org.privacy.dsl.privacy.Count;
import org.privacy.dsl.privacy.Quantified;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Statement;
import org.privacy.dsl.privacy.Term;

import com.google.inject.Inject;

/**
 * For each object of a model, the nearest container that decides what names mean below it (an <em>anchor</em>: a
 * term, rule or statement, which give the subject entity, or a quantifier or {@code count of}, which bring a
 * variable), and the child of that anchor the object lies in. Remembered per resource until it changes, so that
 * resolving every name of a condition of 10,000 parts costs linear time instead of a walk up the whole condition for
 * each name.
 */
public class ScopeAnchors {

	/** The nearest anchor above an object, and its child that holds the object (or is the object). */
	public record Link(EObject anchor, EObject entry) {
	}

	@Inject
	private IResourceScopeCache cache;

	/** The link of {@code object}, or {@code null} if no anchor is above it. */
	public Link link(EObject object) {
		Resource resource = object.eResource();
		Map<EObject, Link> links = resource == null ? new IdentityHashMap<>()
				: cache.get(ScopeAnchors.class, resource, () -> Collections.synchronizedMap(new IdentityHashMap<>()));
		// walk up to an object whose link is known, or whose container is an anchor, then fill in on the way down
		List<EObject> path = new ArrayList<>();
		Link known = null;
		for (EObject o = object; o != null; o = o.eContainer()) {
			Link remembered = links.get(o);
			if (remembered != null) {
				known = remembered;
				break;
			}
			path.add(o);
			EObject container = o.eContainer();
			if (container != null && isAnchor(container)) {
				known = new Link(container, o);
				links.put(o, known);
				path.remove(path.size() - 1);
				break;
			}
		}
		for (int i = path.size() - 1; i >= 0; i--) {
			if (known != null) {
				links.put(path.get(i), known);
			}
		}
		return known;
	}

	private static boolean isAnchor(EObject o) {
		return o instanceof Term || o instanceof Rule || o instanceof Statement || o instanceof Quantified
				|| o instanceof Count || o instanceof Aggregate;
	}
}
