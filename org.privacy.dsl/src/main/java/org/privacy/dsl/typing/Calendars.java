package org.privacy.dsl.typing;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.privacy.dsl.privacy.Calendar;
import org.privacy.dsl.privacy.DayRange;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.privacy.OpeningHours;
import org.privacy.runtime.Holidays;

/**
 * What the names of calendars and opening hours mean in a rule file: a calendar declared in the file, or a built-in
 * one ({@code France}); the policy's default calendar. Used by validation and the generator alike.
 */
public final class Calendars {
	private Calendars() {
	}

	/** The names of the built-in calendars. */
	public static final List<String> BUILT_IN = List.of(Holidays.FRANCE.name());

	/** Whether {@code name} is a built-in calendar. */
	public static boolean isBuiltIn(String name) {
		return Holidays.builtIn(name) != null;
	}

	/** The calendar declared under {@code name} in the file of {@code context}, or {@code null}. */
	public static Calendar declared(EObject context, String name) {
		return declaredIn(context, name, Calendar.class);
	}

	/** Whether {@code name} names a calendar at {@code context}: declared in the file or built in. */
	public static boolean exists(EObject context, String name) {
		return name != null && (declared(context, name) != null || isBuiltIn(name));
	}

	/** The opening hours declared under {@code name} in the file of {@code context}, or {@code null}. */
	public static OpeningHours hours(EObject context, String name) {
		return declaredIn(context, name, OpeningHours.class);
	}

	/** The element of {@code type} named {@code name} in the file of {@code context}, or {@code null}. */
	private static <T extends EObject> T declaredIn(EObject context, String name, Class<T> type) {
		Model model = EcoreUtil2.getContainerOfType(context, Model.class);
		if (model == null || name == null) {
			return null;
		}
		for (EObject e : model.getElements()) {
			if (type.isInstance(e) && name.equals(e instanceof Calendar c ? c.getName() : ((OpeningHours) e).getName())) {
				return type.cast(e);
			}
		}
		return null;
	}

	/** The calendar a test means: the one it names, else the policy's ({@code holidays France}), else {@code null}. */
	public static String calendarOf(EObject context, String named) {
		if (named != null) {
			return named;
		}
		Model model = EcoreUtil2.getContainerOfType(context, Model.class);
		return model == null || model.getPolicy() == null ? null : model.getPolicy().getHolidays();
	}

	/**
	 * Whether the policy of {@code context}'s file says {@code deadlines extend to working days} (EU Regulation 1182/71,
	 * art. 3(4)): a period's last day that is off work moves to the next working day of the policy's calendar.
	 */
	public static boolean deadlinesOnWorkingDays(EObject context) {
		Model model = EcoreUtil2.getContainerOfType(context, Model.class);
		return model != null && model.getPolicy() != null && model.getPolicy().isWorkingDays();
	}

	/** The names of the calendars usable in the file of {@code context}, for messages. */
	public static List<String> names(EObject context) {
		List<String> names = new ArrayList<>(BUILT_IN);
		Model model = EcoreUtil2.getContainerOfType(context, Model.class);
		if (model != null) {
			for (EObject e : model.getElements()) {
				if (e instanceof Calendar c && c.getName() != null) {
					names.add(c.getName());
				}
			}
		}
		return names;
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
