package org.privacy.dsl.validation;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.privacy.dsl.model.LiteralValues;
import org.privacy.dsl.privacy.BaseCalendar;
import org.privacy.dsl.privacy.Calendar;
import org.privacy.dsl.privacy.CalendarEntry;
import org.privacy.dsl.privacy.CalendarTest;
import org.privacy.dsl.privacy.ClosedOnHolidays;
import org.privacy.dsl.privacy.DayRange;
import org.privacy.dsl.privacy.EasterDay;
import org.privacy.dsl.privacy.HoursWindow;
import org.privacy.dsl.privacy.ListedDates;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.privacy.OpeningHours;
import org.privacy.dsl.privacy.WithinHours;
import org.privacy.dsl.privacy.YearlyDay;
import org.privacy.dsl.typing.Calendars;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyType.Kind;
import org.privacy.dsl.typing.PrivacyTypeComputer;

import com.google.inject.Inject;

/**
 * Calendars of public holidays and opening hours: days that exist, no calendar built on itself, tests on dates and
 * date-times with a calendar to answer them. Unknown names of calendars and opening hours are linking errors
 * ({@code PrivacyLinkingDiagnosticMessageProvider}).
 */
public class CalendarValidator extends ConcernValidator {

	/** Easter is between 22 March and 25 April: these offsets keep every Easter-based day inside Easter's year. */
	static final int EARLIEST_EASTER_OFFSET = -80;
	static final int LATEST_EASTER_OFFSET = 250;

	@Inject
	private PrivacyTypeComputer types;

	@Check
	public void calendarName(Calendar calendar) {
		if (Calendars.isBuiltIn(calendar.getName())) {
			error(Messages.builtInCalendarName(calendar.getName()), calendar, P.getCalendar_Name());
		}
		Model model = (Model) calendar.eContainer();
		for (EObject e : model.getElements()) {
			if (e == calendar) {
				break;
			}
			if (e instanceof Calendar c && calendar.getName().equals(c.getName())
					|| e instanceof OpeningHours h && calendar.getName().equals(h.getName())) {
				error(Messages.calendarDeclaredTwice(calendar.getName()), calendar, P.getCalendar_Name());
			}
		}
	}

	@Check
	public void hoursName(OpeningHours hours) {
		Model model = (Model) hours.eContainer();
		for (EObject e : model.getElements()) {
			if (e == hours) {
				break;
			}
			if (e instanceof Calendar c && hours.getName().equals(c.getName())
					|| e instanceof OpeningHours h && hours.getName().equals(h.getName())) {
				error(Messages.calendarDeclaredTwice(hours.getName()), hours, P.getOpeningHours_Name());
			}
		}
	}

	@Check
	public void entries(Calendar calendar) {
		Set<String> seen = new HashSet<>();
		for (CalendarEntry entry : calendar.getEntries()) {
			if (entry instanceof ListedDates listed) {
				for (int i = 0; i < listed.getDates().size(); i++) {
					String date = listed.getDates().get(i);
					if (!seen.add(date)) {
						duplicate(date, listed, P.getListedDates_Dates(), i);
					}
				}
			} else {
				String key = describe(entry);
				if (key != null && !seen.add(key)) {
					duplicate(key, entry, null, -1);
				}
			}
		}
	}

	private void duplicate(String what, EObject entry, EStructuralFeature feature, int index) {
		warning(Messages.calendarEntryTwice(what), entry, feature, index);
	}

	/** An entry as a key that identifies the day it adds, whatever its spacing. */
	private static String describe(CalendarEntry entry) {
		if (entry instanceof BaseCalendar base) {
			return "holidays " + Calendars.written(base, P.getBaseCalendar_Calendar());
		}
		if (entry instanceof YearlyDay yearly) {
			MonthDay day = monthDay(yearly.getDay());
			return day == null ? null : "yearly " + day.toString().substring(2);
		}
		if (entry instanceof EasterDay easter) {
			int offset = offset(easter);
			return offset == 0 ? "easter" : "easter " + (offset < 0 ? "- " : "+ ") + Math.abs(offset) + " days";
		}
		return null;
	}

	static int offset(EasterDay easter) {
		return easter.getSign() == null ? 0 : easter.getSign().equals("-") ? -easter.getDays() : easter.getDays();
	}

	/** A month-day as written ({@code 12-26}), or {@code null} if no year has it. */
	static MonthDay monthDay(String text) {
		String[] parts = text.replace(" ", "").split("-");
		try {
			return MonthDay.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
		} catch (RuntimeException e) {
			return null;
		}
	}

	@Check
	public void yearly(YearlyDay yearly) {
		if (monthDay(yearly.getDay()) == null) {
			error(Messages.notADayOfTheYear(yearly.getDay()), yearly, P.getYearlyDay_Day());
		}
	}

	@Check
	public void easter(EasterDay easter) {
		int offset = offset(easter);
		if (offset < EARLIEST_EASTER_OFFSET || offset > LATEST_EASTER_OFFSET) {
			error(Messages.easterOffsetTooFar(offset), easter, P.getEasterDay_Days());
		}
	}

	@Check
	public void listed(ListedDates listed) {
		for (int i = 0; i < listed.getDates().size(); i++) {
			if (LiteralValues.date(listed.getDates().get(i)) == null) {
				error(Messages.listedDateImpossible(listed.getDates().get(i)), listed, P.getListedDates_Dates(), i);
			}
		}
	}

	@Check
	public void base(BaseCalendar base) {
		Calendar calendar = (Calendar) base.eContainer();
		List<String> path = new ArrayList<>();
		if (leadsTo(base.getCalendar(), calendar, new HashSet<>(), path)) {
			error(Messages.cyclicCalendar(calendar.getName(), path), base, P.getBaseCalendar_Calendar());
		}
	}

	/** Whether {@code from}, through its {@code holidays} lines, includes {@code target}; {@code path} says how. */
	private static boolean leadsTo(Calendar from, Calendar target, Set<Calendar> seen, List<String> path) {
		if (from == null || from.eIsProxy() || !seen.add(from)) {
			return false;
		}
		path.add(from.getName());
		if (from == target) {
			return true;
		}
		for (CalendarEntry entry : from.getEntries()) {
			if (entry instanceof BaseCalendar b && leadsTo(b.getCalendar(), target, seen, path)) {
				return true;
			}
		}
		path.remove(path.size() - 1);
		return false;
	}

	@Check
	public void window(HoursWindow window) {
		for (DayRange range : window.getDays()) {
			weekday(range.getFirst(), range, P.getDayRange_First());
			weekday(range.getLast(), range, P.getDayRange_Last());
		}
		LocalTime start = LiteralValues.time(window.getStart());
		LocalTime end = LiteralValues.time(window.getEnd());
		// times of day that do not exist are LiteralValidator's concern
		if (start != null && end != null && !start.isBefore(end)) {
			error(Messages.emptyWindow(window.getStart(), window.getEnd()), window, P.getHoursWindow_End());
		}
	}

	private void weekday(String name, DayRange range, EStructuralFeature feature) {
		if (name != null && Calendars.weekday(name) == null) {
			error(Messages.unknownWeekday(name), range, feature);
		}
	}

	@Check
	public void closed(ClosedOnHolidays closed) {
		if (Calendars.calendarOf(closed, closed.getCalendar()) == null) {
			error(Messages.closedOnHolidaysWithoutCalendar(), closed, null);
		}
	}

	@Check
	public void test(CalendarTest test) {
		if (!"a".equals(test.getArticle())) {
			error(Messages.writeIsA(test.isHoliday()), test, P.getCalendarTest_Article());
		}
		PrivacyType type = types.typeOf(test.getOperand());
		if (!type.isUnknown() && !type.isTime()) {
			error(Messages.calendarTestType(test.isHoliday(), type), test, P.getCalendarTest_Operand());
		}
		if (Calendars.calendarOf(test, test.getCalendar()) == null) {
			error(Messages.calendarTestWithoutCalendar(test.isHoliday()), test, null);
		}
	}

	@Check
	public void within(WithinHours within) {
		PrivacyType type = types.typeOf(within.getOperand());
		if (!type.isUnknown() && !(type.is(Kind.DATETIME) && !type.list())) {
			error(Messages.withinHoursType(type), within, P.getWithinHours_Operand());
		}
		if (within.getZone() instanceof org.privacy.dsl.privacy.TextLiteral literal) {
			try {
				ZoneId.of(literal.getValue());
			} catch (DateTimeException e) {
				error(Messages.unknownTimeZone(literal.getValue()), within, P.getWithinHours_Zone());
			}
		} else if (within.getZone() != null) {
			// a zone read from the data is checked on each record: an unknown one is a data error
			PrivacyType zone = types.typeOf(within.getZone());
			if (!zone.isUnknown() && !(zone.is(Kind.TEXT) && !zone.list())) {
				error(Messages.zoneType(zone), within.getZone(), null);
			}
		}
	}

	@Check
	public void workingDayDeadlines(org.privacy.dsl.privacy.Policy policy) {
		if (policy.isWorkingDays() && policy.getHolidays() == null) {
			error(Messages.workingDaysWithoutCalendar(), policy, P.getPolicy_WorkingDays());
		}
	}
}
