package org.chengguan.worktime.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.chengguan.worktime.CalendarDay;
import org.chengguan.worktime.DayKind;
import org.chengguan.worktime.HolidayArrangements;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The official holiday arrangements, one per year, as stored: {@code worktime.day} and {@code worktime.published_year}. */
@Repository
public class YearArrangements {

	private final JdbcClient jdbc;

	public YearArrangements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public HolidayArrangements load() {
		var years = new HashSet<>(jdbc.sql("select year from worktime.published_year").query(Integer.class).list());
		var days = jdbc.sql("select day, kind, name from worktime.day order by day")
			.query((rs, row) -> new CalendarDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
					rs.getString("name")))
			.list();
		return new HolidayArrangements(years, days);
	}

	/** Replaces a year's arrangement by {@code days}, all in one transaction, and marks the year published. */
	@Transactional
	public void replace(int year, List<CalendarDay> days, String source, Instant importedAt) {
		jdbc.sql("delete from worktime.day where day between :first and :last")
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.update();
		for (CalendarDay day : days) {
			jdbc.sql("insert into worktime.day (day, kind, name) values (:day, :kind, :name)")
				.param("day", day.date())
				.param("kind", day.kind().name())
				.param("name", day.name())
				.update();
		}
		jdbc.sql("""
				insert into worktime.published_year (year, source, imported_at) values (:year, :source, :importedAt)
				on conflict (year) do update set source = excluded.source, imported_at = excluded.imported_at""")
			.param("year", year)
			.param("source", source)
			.param("importedAt", Timestamp.from(importedAt))
			.update();
	}
}
