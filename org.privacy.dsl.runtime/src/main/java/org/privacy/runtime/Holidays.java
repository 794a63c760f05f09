package org.privacy.runtime;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

/**
 * A calendar of public holidays, computed for any year: days fixed in the year, days counted from Easter Sunday,
 * explicit dates, and the days of the calendars it builds on. {@link #FRANCE} is the built-in calendar of French
 * national public holidays; a policy's {@code calendar} declarations compile to {@link #of}.
 */
public final class Holidays implements java.io.Serializable {
	private static final long serialVersionUID = 1L;

	/**
	 * The French national public holidays (Labour Code art. L3133-1): 1 January, Easter Monday, 1 May, 8 May,
	 * Ascension Thursday, Whit Monday, 14 July, 15 August, 1 November, 11 November and 25 December.
	 */
	public static final Holidays FRANCE = new Holidays("France", List.of(),
			List.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8), MonthDay.of(7, 14), MonthDay.of(8, 15),
					MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25)),
			new int[] { 1, 39, 50 }, Set.of());

	private final String name;
	private final List<Holidays> bases;
	private final List<MonthDay> yearly;
	private final int[] easterOffsets;
	private final Set<LocalDate> dates;

	private Holidays(String name, List<Holidays> bases, List<MonthDay> yearly, int[] easterOffsets,
			Set<LocalDate> dates) {
		this.name = name;
		this.bases = bases;
		this.yearly = yearly;
		this.easterOffsets = easterOffsets;
		this.dates = dates;
	}

	/**
	 * A calendar: the holidays of {@code bases}, plus {@code yearly} days, days at {@code easterOffsets} days from
	 * Easter Sunday (-2 is Good Friday) and explicit {@code dates}.
	 */
	public static Holidays of(String name, List<Holidays> bases, List<MonthDay> yearly, int[] easterOffsets,
			List<LocalDate> dates) {
		return new Holidays(name, List.copyOf(bases), List.copyOf(yearly), easterOffsets.clone(), Set.copyOf(dates));
	}

	/** The built-in calendar of this name ({@code France}), or {@code null}. */
	public static Holidays builtIn(String name) {
		return FRANCE.name.equals(name) ? FRANCE : null;
	}

	/** The calendar's name, as explanations show it. */
	public String name() {
		return name;
	}

	/** Whether {@code date} is a public holiday in this calendar. */
	public boolean isHoliday(LocalDate date) {
		if (dates.contains(date)) {
			return true;
		}
		for (MonthDay day : yearly) {
			if (day.getMonth() == date.getMonth() && day.getDayOfMonth() == date.getDayOfMonth()) {
				return true;
			}
		}
		if (easterOffsets.length > 0) {
			LocalDate easter = easterSunday(date.getYear());
			for (int offset : easterOffsets) {
				if (easter.plusDays(offset).equals(date)) {
					return true;
				}
			}
		}
		for (Holidays base : bases) {
			if (base.isHoliday(date)) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code date} is a working day: Monday to Friday, and not a public holiday in this calendar. */
	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
	}

	/**
	 * Easter Sunday of a year of the Gregorian calendar, by the anonymous Gregorian computus (Meeus/Jones/Butcher).
	 * Easter-based holidays never cross a year's end (Good Friday is in March at the earliest, Whit Monday in June
	 * at the latest), so a date's own year is the only one to look at.
	 */
	public static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

	/**
	 * {@code 2024-05-08 is a public holiday in France}, or {@code ... is not a public holiday in France}; the date is
	 * shown only if {@code reveal} (it could be personal data), else {@code what} names it.
	 */
	public String describeHoliday(String what, LocalDate date, boolean reveal) {
		return (reveal ? date.toString() : what) + (isHoliday(date) ? " is" : " is not") + " a public holiday in "
				+ name;
	}

	/**
	 * {@code 2024-05-11 is not a working day in France (a Saturday)}, or {@code ... is a working day in France}; the
	 * date is shown only if {@code reveal}, else {@code what} names it.
	 */
	public String describeWorkingDay(String what, LocalDate date, boolean reveal) {
		String shown = reveal ? date.toString() : what;
		if (isWorkingDay(date)) {
			return shown + " is a working day in " + name;
		}
		String why = isHoliday(date) ? "a public holiday"
				: "a " + Text.capitalize(Times.weekdayName(date.getDayOfWeek()));
		return shown + " is not a working day in " + name + (reveal ? " (" + why + ")" : "");
	}

	@Override
	public String toString() {
		return name;
	}
}
