package org.chengguan.cases.web.workbench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseQuery;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.QueueCounts;
import org.chengguan.identity.Actor;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.RegionLevel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The leader's first dashboard: today's intake, open, overdue and today's closures in the leader's scope, per area one
 * level down (the city's districts, a district's streets), per day over two weeks, per status and category, and the
 * open cases as points. Counts per status come from {@code CaseManagement}; figures by day and area from
 * {@link WorkbenchQueries}.
 */
@Component
class DashboardFigures {

	static final int DAYS = 14;

	static final int MAX_POINTS = 500;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

	private static final Set<CaseStatus> OPEN = EnumSet.copyOf(
			Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList());

	private final CaseManagement cases;

	private final WorkbenchQueries queries;

	private final RegionDirectory regions;

	private final Names names;

	private final MessageSource messages;

	private final Clock clock;

	DashboardFigures(CaseManagement cases, WorkbenchQueries queries, RegionDirectory regions, Names names,
			MessageSource messages, Clock clock) {
		this.cases = cases;
		this.queries = queries;
		this.regions = regions;
		this.names = names;
		this.messages = messages;
		this.clock = clock;
	}

	record Tiles(long intakeToday, long open, long overdue, long closedToday) {
	}

	record Area(String code, String name, long intakeToday, long open, long overdue, long closedToday) {
	}

	record Day(String day, long reported, long closed) {
	}

	record Slice(String key, String label, long count) {
	}

	record Point(long id, String number, double lat, double lon, String colour, String category, String status) {
	}

	record Figures(String scopeCode, String scopeName, Tiles tiles, List<Area> areas, List<Day> days,
			List<Slice> statuses, List<Slice> categories, List<Point> points) {
	}

	/** The headline figures and the areas, for the page itself. */
	Figures summary(Actor me, Locale locale) {
		return figures(me, locale, false);
	}

	/** Everything, with the series and points the charts and the map draw. */
	Figures all(Actor me, Locale locale) {
		return figures(me, locale, true);
	}

	private Figures figures(Actor me, Locale locale, boolean series) {
		String scope = me.scopeRegionCode();
		Instant now = clock.instant();
		LocalDate today = now.atZone(Countdown.CITY).toLocalDate();
		Instant dayStart = today.atStartOfDay(Countdown.CITY).toInstant();
		List<Area> areas = areas(scope, dayStart, now);
		QueueCounts counts = cases.queueCounts(me, null);
		long open = OPEN.stream().mapToLong(counts::of).sum();
		Tiles tiles = new Tiles(areas.stream().mapToLong(Area::intakeToday).sum(), open, counts.overdue(),
				areas.stream().mapToLong(Area::closedToday).sum());
		String scopeName = regions.region(scope).map(Region::name).orElse(scope);
		if (!series) {
			return new Figures(scope, scopeName, tiles, areas, List.of(), List.of(), List.of(), List.of());
		}
		Names.Lookup lookup = names.lookup(locale);
		List<Slice> statuses = OPEN.stream().filter(s -> counts.of(s) > 0)
			.map(s -> new Slice(s.name(), say("wb.status." + s.name(), locale), counts.of(s))).toList();
		List<Slice> categories = queries.openByCategory(scope, 10).stream()
			.map(c -> new Slice(c.code(), lookup.category(c.code()), c.open())).toList();
		return new Figures(scope, scopeName, tiles, areas, days(scope, today), statuses, categories,
				points(me, lookup, locale, now));
	}

	private List<Area> areas(String scope, Instant dayStart, Instant now) {
		var level = RegionLevel.ofCode(scope).child();
		if (level.isEmpty()) {
			return List.of();
		}
		Map<String, WorkbenchQueries.AreaCounts> counted = queries
			.byArea(scope, level.get().codeLength(), dayStart, now).stream()
			.collect(Collectors.toMap(WorkbenchQueries.AreaCounts::code, Function.identity()));
		List<Area> areas = new ArrayList<>();
		for (Region child : regions.children(scope)) {
			var n = counted.remove(child.code());
			areas.add(n == null ? new Area(child.code(), child.name(), 0, 0, 0, 0)
					: new Area(child.code(), child.name(), n.intakeToday(), n.open(), n.overdue(), n.closedToday()));
		}
		return areas;
	}

	private List<Day> days(String scope, LocalDate today) {
		LocalDate first = today.minusDays(DAYS - 1);
		Map<LocalDate, WorkbenchQueries.DayCounts> counted = new LinkedHashMap<>();
		queries.byDay(scope, first.atStartOfDay(Countdown.CITY).toInstant()).forEach(d -> counted.put(d.day(), d));
		List<Day> days = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			var n = counted.get(day);
			days.add(new Day(DAY.format(day), n == null ? 0 : n.reported(), n == null ? 0 : n.closed()));
		}
		return days;
	}

	private List<Point> points(Actor me, Names.Lookup lookup, Locale locale, Instant now) {
		List<Case> open = cases.search(me, new CaseQuery(OPEN, null, null, null, null, null, CaseQuery.Sort.DEADLINE, 0,
				MAX_POINTS)).cases();
		return open.stream().map(c -> {
			Countdown deadline = Countdown.of(c.clock(), now);
			return new Point(c.id(), c.number(), c.location().lat(), c.location().lon(),
					deadline == null ? "NONE" : deadline.colour().name(), lookup.category(c.categoryCode()),
					say("wb.status." + c.status().name(), locale));
		}).toList();
	}

	private String say(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
