package org.privacy.dsl.typing;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.privacy.dsl.library.BuiltinLibrary;
import org.privacy.dsl.privacy.Calendar;
import org.privacy.dsl.privacy.DayRange;
import org.privacy.dsl.privacy.Model;
import org.privacy.runtime.Holidays;

/**
 * What calendars and opening hours mean in a rule file. Their names are cross-references (linking finds them in the
 * file, in the other files of its package and in the built-in vocabulary, which declares {@code France}); this class
 * says which calendar a test means when it names none (the policy's), and which calendars are the runtime's built-in
 * ones. Used by validation and the generator alike.
 */
public final class Calendars {
	private Calendars() {
	}

	/** The names of the built-in calendars. */
	public static final List<String> BUILT_IN = List.of(Holidays.FRANCE.name());

	/** Whether {@code name} is the name of a built-in calendar. */
	public static boolean isBuiltIn(String name) {
		return Holidays.builtIn(name) != null;
	}

	/**
	 * Whether {@code calendar} is a built-in calendar: declared by the built-in vocabulary (for the reader: its
	 * holidays as lines) and computed by the runtime ({@code Holidays.FRANCE}).
	 */
	public static boolean isBuiltIn(Calendar calendar) {
		if (calendar == null || calendar.eIsProxy() || !isBuiltIn(calendar.getName())) {
			return false;
		}
		Model model = EcoreUtil2.getContainerOfType(calendar, Model.class);
		return model != null && BuiltinLibrary.PACKAGE.equals(model.getName());
	}

	/**
	 * The calendar a test means: the one it names, else the policy's ({@code holidays France}), else {@code null}. The
	 * result may be a proxy that linking could not resolve (reported as an unknown calendar).
	 */
	public static Calendar calendarOf(EObject context, Calendar named) {
		if (named != null) {
			return named;
		}
		Model model = EcoreUtil2.getContainerOfType(context, Model.class);
		return model == null || model.getPolicy() == null ? null : model.getPolicy().getHolidays();
	}

	/** The name written for {@code feature} of {@code owner} (a reference, resolved or not), or {@code null}. */
	public static String written(EObject owner, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
	}

	/**
	 * Whether the policy of {@code context}'s file says {@code deadlines extend to working days} (EU Regulation 1182/71,
	 * art. 3(4)): a period's last day that is off work moves to the next working day of the policy's calendar.
	 */
	public static boolean deadlinesOnWorkingDays(EObject context) {
		Model model = EcoreUtil2.getContainerOfType(context, Model.class);
		return model != null && model.getPolicy() != null && model.getPolicy().isWorkingDays();
	}

	/** The day a weekday name means ({@code monday}), or {@code null}. */
	public static DayOfWeek weekday(String name) {
		if (name == null) {
			return null;
		}
		for (DayOfWeek d : DayOfWeek.values()) {
			if (d.name().toLowerCase(Locale.ROOT).equals(name)) {
				return d;
			}
		}
		return null;
	}

	/** The days of a range, {@code monday to friday}, in order; a range may wrap ({@code friday to monday}). */
	public static List<DayOfWeek> days(DayRange range) {
		DayOfWeek first = weekday(range.getFirst());
		DayOfWeek last = range.getLast() == null ? first : weekday(range.getLast());
		List<DayOfWeek> days = new ArrayList<>();
		if (first == null || last == null) {
			return days;
		}
		for (DayOfWeek d = first;; d = d.plus(1)) {
			days.add(d);
			if (d == last) {
				return days;
			}
		}
	}
}
