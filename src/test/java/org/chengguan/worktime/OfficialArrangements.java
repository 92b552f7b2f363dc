package org.chengguan.worktime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The 2025 and 2026 arrangements typed in from docs/DOMAIN.md §3 independently of the migration that loads them, so
 * that a test can hold one against the other.
 */
public final class OfficialArrangements {

	private OfficialArrangements() {
	}

	public static HolidayArrangements of2025And2026() {
		var days = new ArrayList<CalendarDay>();
		holidays(days, "2025-01-01", "2025-01-01", "元旦");
		holidays(days, "2025-01-28", "2025-02-04", "春节");
		workdays(days, "春节调休上班", "2025-01-26", "2025-02-08");
		holidays(days, "2025-04-04", "2025-04-06", "清明节");
		holidays(days, "2025-05-01", "2025-05-05", "劳动节");
		workdays(days, "劳动节调休上班", "2025-04-27");
		holidays(days, "2025-05-31", "2025-06-02", "端午节");
		holidays(days, "2025-10-01", "2025-10-08", "国庆节、中秋节");
		workdays(days, "国庆节、中秋节调休上班", "2025-09-28", "2025-10-11");

		holidays(days, "2026-01-01", "2026-01-03", "元旦");
		workdays(days, "元旦调休上班", "2026-01-04");
		holidays(days, "2026-02-15", "2026-02-23", "春节");
		workdays(days, "春节调休上班", "2026-02-14", "2026-02-28");
		holidays(days, "2026-04-04", "2026-04-06", "清明节");
		holidays(days, "2026-05-01", "2026-05-05", "劳动节");
		workdays(days, "劳动节调休上班", "2026-05-09");
		holidays(days, "2026-06-19", "2026-06-21", "端午节");
		holidays(days, "2026-09-25", "2026-09-27", "中秋节");
		holidays(days, "2026-10-01", "2026-10-07", "国庆节");
		workdays(days, "国庆节调休上班", "2026-09-20", "2026-10-10");
		return new HolidayArrangements(Set.of(2025, 2026), days);
	}

	/** One kind of day of a year's arrangement, in date order. */
	public static List<CalendarDay> days(int year, DayKind kind) {
		return of2025And2026().days().stream()
			.filter(d -> d.kind() == kind && d.date().getYear() == year)
			.sorted(Comparator.comparing(CalendarDay::date))
			.toList();
	}

	private static void holidays(List<CalendarDay> days, String first, String last, String name) {
		LocalDate.parse(first).datesUntil(LocalDate.parse(last).plusDays(1))
			.forEach(date -> days.add(new CalendarDay(date, DayKind.HOLIDAY, name)));
	}

	private static void workdays(List<CalendarDay> days, String name, String... dates) {
		for (String date : dates) {
			days.add(new CalendarDay(LocalDate.parse(date), DayKind.WORKDAY, name));
		}
	}
}
