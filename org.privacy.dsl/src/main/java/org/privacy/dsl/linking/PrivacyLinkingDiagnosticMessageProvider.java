package org.privacy.dsl.linking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;
import org.privacy.dsl.privacy.Compare;
import org.privacy.dsl.privacy.FieldAccess;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Statement;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.typing.PrivacyTypeComputer;
import org.privacy.dsl.validation.Message;
import org.privacy.dsl.validation.Messages;

/**
 * "unknown name 'optn'; did you mean 'optin'?" instead of Xtext's "Couldn't resolve reference". The suggestion is
 * the closest visible name by edit distance, and travels as issue data for the quick fix.
 */
public class PrivacyLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private PrivacyTypeComputer types;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		if (isFollowOn(context)) {
			return null;
		}
		String name = context.getLinkText();
		EClass type = context.getReference().getEReferenceType();
		if (type == PrivacyPackage.Literals.CALENDAR || type == PrivacyPackage.Literals.OPENING_HOURS) {
			return calendarMessage(name, type == PrivacyPackage.Literals.CALENDAR, context);
		}
		String suggestion = closest(name, context);
		Message message = context.getReference() == PrivacyPackage.Literals.FIELD_VALUE__FIELD
				? Messages.scenarioUnknownField(type, name, suggestion) : Messages.unknownName(type, name, suggestion);
		return error(message, name, suggestion);
	}

	/**
	 * "no calendar is named 'Frnace'; did you mean 'France'?", or the names there are and how to declare one; the
	 * codes of calendars and opening hours, with the name and the suggestion as issue data.
	 */
	private DiagnosticMessage calendarMessage(String name, boolean calendar, ILinkingDiagnosticContext context) {
		List<String> names = visibleNames(context);
		String suggestion = closest(name, context);
		return error(calendar ? Messages.unknownCalendar(name, suggestion, names)
				: Messages.unknownOpeningHours(name, suggestion), name, suggestion);
	}

	/** An error with the name and the suggestion, if any, as issue data for the quick fix. */
	private static DiagnosticMessage error(Message message, String name, String suggestion) {
		return new DiagnosticMessage(message.text(), Severity.ERROR, message.code(),
				suggestion == null ? new String[] { name } : new String[] { name, suggestion });
	}

	/** The simple names visible for the reference, sorted, without repeats. */
	private List<String> visibleNames(ILinkingDiagnosticContext context) {
		Set<String> names = new TreeSet<>();
		try {
			for (IEObjectDescription d : scopeProvider.getScope(context.getContext(), context.getReference())
					.getAllElements()) {
				names.add(d.getName().getLastSegment());
			}
		} catch (RuntimeException e) {
			// the list is a courtesy, like the suggestion
		}
		return new ArrayList<>(names);
	}

	/**
	 * Whether this name cannot be judged because of an error reported elsewhere: the entity or activity that gives
	 * bare names their meaning is itself unknown, or the left side of a comparison has no known type.
	 */
	private boolean isFollowOn(ILinkingDiagnosticContext context) {
		EObject object = context.getContext();
		if (context.getReference() == PrivacyPackage.Literals.FIELD_ACCESS__FIELD) {
			// after an unknown name or a value that is not a record, the field cannot be known
			return object instanceof FieldAccess access && types.typeOf(access.getReceiver()).entity() == null;
		}
		if (context.getReference() == PrivacyPackage.Literals.FIELD_VALUE__FIELD) {
			// the fields of an unknown entity cannot be known
			return object.eContainer() instanceof org.privacy.dsl.privacy.GivenRecord record
					&& isProxy(record.getEntity());
		}
		if (context.getReference() != PrivacyPackage.Literals.REFERENCE__TARGET) {
			return false;
		}
		if (object.eContainer() instanceof Compare compare && compare.getRight() == object
				&& types.typeOf(compare.getLeft()).isUnknown()) {
			return true;
		}
		for (EObject c = object; c != null; c = c.eContainer()) {
			if (c instanceof Term term) {
				return isProxy(term.getActivity()) || isProxy(term.getSubject());
			}
			if (c instanceof Statement statement) {
				return isProxy(statement.getSubject())
						|| statement.getSubject() instanceof Term t && (isProxy(t.getActivity()) || isProxy(t.getSubject()));
			}
			if (c instanceof Rule rule) {
				return rule.getStatement() != null && isProxy(rule.getStatement().getSubject());
			}
		}
		return false;
	}

	private static boolean isProxy(EObject o) {
		return o != null && o.eIsProxy();
	}

	private String closest(String name, ILinkingDiagnosticContext context) {
		try {
			IScope scope = scopeProvider.getScope(context.getContext(), context.getReference());
			return nearest(name, scope.getAllElements());
		} catch (RuntimeException e) {
			// a suggestion is a courtesy: a scope that cannot be computed here just gives none
			return null;
		}
	}

	/** The candidate nearest to {@code name}, if it is near enough to be a likely typo. */
	public static String nearest(String name, Iterable<IEObjectDescription> candidates) {
		int allowed = name.length() <= 2 ? 0 : Math.max(1, name.length() / 3);
		String lower = name.toLowerCase();
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		Set<String> seen = new HashSet<>();
		for (IEObjectDescription d : candidates) {
			String candidate = d.getName().toString();
			// a length that differs by more than the allowed edits cannot be near: skip it without measuring
			if (Math.abs(candidate.length() - name.length()) > allowed || !seen.add(candidate)) {
				continue;
			}
			int distance = distance(lower, candidate.toLowerCase());
			if (distance < bestDistance) {
				bestDistance = distance;
				best = candidate;
			}
		}
		return bestDistance <= allowed ? best : null;
	}

	/** Edit distance where swapping two neighbouring letters counts as one edit ("aeg" is one edit from "age"). */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
