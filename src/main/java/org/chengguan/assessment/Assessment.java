package org.chengguan.assessment;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chengguan.assessment.Measure.Table;
import org.chengguan.assessment.internal.Rollups.Coarse;
import org.chengguan.assessment.internal.RollupMaintenance;
import org.chengguan.assessment.internal.RulesStore;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The assessment's API (综合评价 / 考核): the indicators of every unit of a kind over a period, with each rate's
 * numerator and denominator, the composite (0–100), the grade, the efficiency points and the rank, and the rank in
 * the previous period. Read from the rollups, so "as of now" is always current.
 */
@Service
public class Assessment {

	/** The kinds of unit that are evaluated, as named in {@code /api/v1/assessment/{kind}}. */
	public static final List<String> KINDS = List.of("inspector", "operator", "shift-leader", "dispatcher", "department",
			"grid", "community", "street", "district", "city");

	private static final Map<String, Integer> REGION_LEVELS = Map.of("grid", 15, "community", 12, "street", 9,
			"district", 6, "city", 4);

	/** The city's code (淮北市). */
	private static final String CITY = "3406";

	private static final Set<Role> READERS = Set.of(Role.LEADER, Role.ADMIN, Role.SHIFT_LEADER, Role.DISPATCHER,
			Role.OPERATOR);

	private final JdbcTemplate jdbc;

	private final RulesStore rules;

	private final RegionDirectory regions;

	private final Actors actors;

	private final Clock clock;

	private final RollupMaintenance maintenance;

	private final org.chengguan.catalogue.CatalogueManagement catalogue;

	Assessment(JdbcTemplate jdbc, RulesStore rules, RegionDirectory regions, Actors actors, Clock clock,
			RollupMaintenance maintenance, org.chengguan.catalogue.CatalogueManagement catalogue) {
		this.maintenance = maintenance;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.rules = rules;
		this.regions = regions;
		this.actors = actors;
		this.clock = clock;
	}

	/** One rate or score: {@code numerator / denominator} (null when it has no denominator), as a 0–100 score. */
	public record Indicator(String key, long numerator, long denominator, Double rate, Double score, double weight) {
	}

	/** One evaluated unit. */
	public record Unit(String code, String name, List<Indicator> indicators, Map<String, Long> counts,
			Double composite, String grade, Double points, Integer rank, Integer previousRank) {
	}

	/** The evaluation of all units of a kind. */
	public record Report(String kind, Period period, String region, Set<String> categories, Set<String> regions,
			int rulesVersion, java.time.Instant asOf, List<Unit> units) {
	}

	/** One line of the public scoreboard: figures the city publishes, no personal data. */
	public record ScoreLine(String code, String name, long reported, long shouldClose, long closed, Double closureRate,
			long answered, long satisfied, Double satisfactionRate, long hotlineShouldClose, long hotlineClosed,
			Double hotlineFinishRate) {
	}

	/** The public scoreboard (no sign-in): the city and each district over the period, as the seed's city publishes. */
	public record Scoreboard(Period period, java.time.Instant asOf, ScoreLine city, List<ScoreLine> districts) {
	}

	/**
	 * 结案率 = closed / should close; 满意率 = (满意 + 基本满意) / answered back; the hotline's 办结率 = finished /
	 * should finish: for the city and its districts.
	 */
	public Scoreboard scoreboard(Period period) {
		maintenance.foldAll();
		Map<String, long[]> districts = regionSums(6, period, null, Slice.ALL);
		long[] city = new long[Table.REGION.measures().size()];
		List<ScoreLine> lines = new ArrayList<>();
		for (Map.Entry<String, long[]> e : districts.entrySet()) {
			for (int i = 0; i < city.length; i++) {
				city[i] += e.getValue()[i];
			}
			lines.add(line(e.getKey(), e.getValue()));
		}
		String cityCode = districts.keySet().stream().findFirst().map(c -> c.substring(0, 4)).orElse(CITY);
		// every district is listed, with zeros where nothing happened: a public page leaves none out
		for (Region district : regions.children(cityCode)) {
			if (!districts.containsKey(district.code())) {
				lines.add(line(district.code(), new long[city.length]));
			}
		}
		lines.sort(Comparator.comparing(ScoreLine::code));
		return new Scoreboard(period, clock.instant(), line(cityCode, city), lines);
	}

	private ScoreLine line(String code, long[] v) {
		return new ScoreLine(code, regions.region(code).map(Region::name).orElse(code), get(v, Measure.REPORTED),
				get(v, Measure.SHOULD_CLOSE), get(v, Measure.CLOSED), ratio(v, Measure.CLOSED, Measure.SHOULD_CLOSE),
				get(v, Measure.ANSWERED), get(v, Measure.SATISFIED), ratio(v, Measure.SATISFIED, Measure.ANSWERED),
				get(v, Measure.HOTLINE_SHOULD_CLOSE), get(v, Measure.HOTLINE_CLOSED),
				ratio(v, Measure.HOTLINE_CLOSED, Measure.HOTLINE_SHOULD_CLOSE));
	}

	private static Double ratio(long[] v, Measure numerator, Measure denominator) {
		long d = get(v, denominator);
		return d == 0 ? null : round4((double) get(v, numerator) / d);
	}

	/** Today in the city's time zone. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
	}

	/**
	 * Evaluates every unit of the kind over the period within the region ({@code null}: the actor's scope, or the
	 * whole city).
	 */
	public Report evaluate(Actor actor, String kind, Period period, String region) {
		return evaluate(actor, kind, period, region, Slice.ALL);
	}

	/**
	 * Evaluates every unit of the kind over the period within the region, counting only the slice's cases (a
	 * campaign's categories and regions).
	 */
	public Report evaluate(Actor actor, String kind, Period period, String region, Slice slice) {
		String k = kind == null ? "" : kind.toLowerCase(Locale.ROOT);
		if (!KINDS.contains(k)) {
			throw new InvalidInputException("'" + kind + "' is not an evaluated kind: one of " + KINDS);
		}
		if (actor.roles().stream().noneMatch(READERS::contains)) {
			throw new ForbiddenException("the assessment is read by leaders, administrators and the centre's staff");
		}
		String scope = actor.scopeRegionCode();
		String within = region == null || region.isBlank() ? scope : region.strip();
		if (within != null && scope != null && !within.startsWith(scope)) {
			throw new ForbiddenException("the region " + within + " lies outside your scope " + scope);
		}
		if (within != null && regions.region(within).isEmpty()) {
			throw new InvalidInputException("'" + within + "' is not a region code (see GET /api/v1/regions)");
		}
		check(slice, k, scope);
		AssessmentRules r = rules.inForceOn(period.to());
		maintenance.foldAll();
		List<Unit> now = units(k, period, within, r, slice);
		Map<String, Integer> before = new HashMap<>();
		units(k, period.previous(), within, r, slice).forEach(u -> {
			if (u.rank() != null) {
				before.put(u.code(), u.rank());
			}
		});
		List<Unit> ranked = now.stream()
			.map(u -> new Unit(u.code(), u.name(), u.indicators(), u.counts(), u.composite(), u.grade(), u.points(),
					u.rank(), before.get(u.code())))
			.toList();
		return new Report(k, period, within, slice.categories(), slice.regions(), r.version(), clock.instant(), ranked);
	}

	/** A slice names known categories and regions inside the reader's scope, and only what the kind can be cut by. */
	private void check(Slice slice, String kind, String scope) {
		for (String category : slice.categories()) {
			if (catalogue.category(category).isEmpty()) {
				throw new InvalidInputException("'" + category + "' is not a category code (see GET /api/v1/categories)");
			}
		}
		for (String region : slice.regions()) {
			if (regions.region(region).isEmpty()) {
				throw new InvalidInputException("'" + region + "' is not a region code (see GET /api/v1/regions)");
			}
			if (scope != null && !region.startsWith(scope)) {
				throw new ForbiddenException("the region " + region + " lies outside your scope " + scope);
			}
		}
		if (kind.equals("department") && !slice.regions().isEmpty()) {
			throw new InvalidInputException("a department's figures are kept per category, not per region: filter "
					+ "departments by categories only, or read the regions' figures");
		}
		if (!REGION_LEVELS.containsKey(kind) && !kind.equals("department") && !slice.categories().isEmpty()) {
			throw new InvalidInputException("a person's figures are kept per role and day, not per category: filter "
					+ kind + "s by regions only, or read the regions' or departments' figures");
		}
	}

	private List<Unit> units(String kind, Period period, String within, AssessmentRules r, Slice slice) {
		Map<String, long[]> sums;
		Table table;
		if (REGION_LEVELS.containsKey(kind)) {
			table = Table.REGION;
			sums = regionSums(REGION_LEVELS.get(kind), period, within, slice);
		}
		else if (kind.equals("department")) {
			table = Table.DEPARTMENT;
			sums = slice.categories().isEmpty() ? sums(table, "department", "", List.of(), period)
					: sums(table, "department", " AND category_code = ANY(?)",
							List.of((Object) slice.categories().stream().sorted().toArray(String[]::new)), period);
		}
		else {
			table = Table.PERSON;
			String role = kind.toUpperCase(Locale.ROOT).replace('-', '_');
			sums = sums(table, "user_id::text", " AND role = ?", List.of(role), period);
		}
		List<Unit> units = new ArrayList<>();
		double months = period.days() / 30.0;
		for (Map.Entry<String, long[]> e : sums.entrySet()) {
			String code = e.getKey();
			long[] v = e.getValue();
			Optional<String> name;
			List<Indicator> indicators = new ArrayList<>();
			if (table == Table.REGION) {
				Optional<Region> region = regions.region(code);
				name = region.map(Region::name);
				Map<String, Double> w = r.weights().get("region");
				indicators.add(rate("supervisionReportRate", v, Measure.BY_INSPECTOR, Measure.REPORTED, w));
				indicators.add(rate("closureRate", v, Measure.CLOSED, Measure.SHOULD_CLOSE, w));
				indicators.add(rate("onTimeClosureRate", v, Measure.CLOSED_ON_TIME, Measure.SHOULD_CLOSE, w));
				indicators.add(score("filedScore", get(v, Measure.FILED), r.filedScore(kind, get(v, Measure.FILED) / months),
						w));
				indicators.add(rate("satisfactionRate", v, Measure.SATISFIED, Measure.ANSWERED, w));
				indicators.add(rate("hotlineFinishRate", v, Measure.HOTLINE_CLOSED, Measure.HOTLINE_SHOULD_CLOSE, w));
			}
			else if (table == Table.DEPARTMENT) {
				name = catalogue.department(code).map(org.chengguan.catalogue.Department::name);
				Map<String, Double> w = r.weights().get("department");
				long dispatched = get(v, Measure.DISPATCHED);
				indicators.add(score("filedScore", dispatched, r.filedScore("department", dispatched / months), w));
				indicators.add(rate("closureRate", v, Measure.DEPT_CLOSED, Measure.DEPT_SHOULD_CLOSE, w));
				indicators.add(rate("onTimeHandlingRate", v, Measure.HANDLED_ON_TIME, Measure.DISPATCHED, w));
				indicators.add(inverse("notReworkedRate", v, Measure.REWORK, Measure.HANDLED, w));
			}
			else {
				long userId = Long.parseLong(code);
				Optional<Actor> person = actors.byId(userId);
				if (within != null && person.map(p -> p.scopeRegionCode() == null
						|| !p.scopeRegionCode().startsWith(within)).orElse(true)) {
					continue;
				}
				if (!slice.regions().isEmpty() && person.map(p -> p.scopeRegionCode() == null
						|| slice.regions().stream().noneMatch(p.scopeRegionCode()::startsWith)).orElse(true)) {
					continue;
				}
				name = person.map(Actor::displayName);
				switch (kind) {
					case "inspector" -> {
						Map<String, Double> w = r.weights().get("inspector");
						indicators.add(rate("validReportRate", v, Measure.VALID_REPORTS, Measure.REPORTS, w));
						long[] grids = gridSums(person.map(Actor::gridCodes).orElse(Set.of()), period);
						indicators.add(inverse("notMissedRate", grids, Measure.BY_PUBLIC, Measure.REPORTED, w));
						indicators.add(rate("onTimeVerificationRate", v, Measure.VERIFICATIONS_ON_TIME,
								Measure.VERIFICATIONS, w));
						indicators.add(rate("onTimeCheckRate", v, Measure.CHECKS_ON_TIME, Measure.CHECKS, w));
					}
					case "operator" -> {
						Map<String, Double> w = r.weights().get("operator");
						long intakes = get(v, Measure.INTAKES);
						indicators.add(score("intakeScore", intakes, r.volumeScore(intakes / months), w));
						indicators.add(rate("onTimeVerificationDispatchRate", v, Measure.INTAKE_VERIFIED_ON_TIME,
								Measure.INTAKE_VERIFIED, w));
						indicators.add(rate("onTimeCheckDispatchRate", v, Measure.INTAKE_CHECKED_ON_TIME,
								Measure.INTAKE_CHECKED, w));
					}
					case "shift-leader" -> {
						Map<String, Double> w = r.weights().get("shift-leader");
						indicators.add(rate("onTimeFilingRate", v, Measure.FILINGS_ON_TIME, Measure.FILINGS, w));
						indicators.add(rate("accurateFilingRate", v, Measure.ACCURATE_FILINGS, Measure.FILINGS, w));
						indicators.add(rate("onTimeClosingRate", v, Measure.CLOSINGS_ON_TIME, Measure.CLOSINGS, w));
					}
					default -> {
						Map<String, Double> w = r.weights().get("dispatcher");
						long dispatches = get(v, Measure.DISPATCHES);
						indicators.add(score("dispatchScore", dispatches, r.volumeScore(dispatches / months), w));
						indicators.add(rate("onTimeDispatchRate", v, Measure.DISPATCHES_ON_TIME, Measure.DISPATCHES, w));
						indicators.add(rate("accurateDispatchRate", v, Measure.ACCURATE_DISPATCHES, Measure.DISPATCHES,
								w));
					}
				}
			}
			Double composite = composite(indicators);
			Map<String, Long> counts = new LinkedHashMap<>();
			List<Measure> measures = table.measures();
			for (int i = 0; i < measures.size(); i++) {
				counts.put(measures.get(i).column(), v[i]);
			}
			units.add(new Unit(code, name.orElse(code), indicators, counts, composite,
					composite == null ? null : r.grade(composite),
					composite == null ? null : round(r.points() * composite / 100), null, null));
		}
		units.sort(Comparator.comparing((Unit u) -> u.composite() == null ? -1 : u.composite()).reversed()
			.thenComparing(Unit::code));
		List<Unit> ranked = new ArrayList<>();
		int rank = 0;
		Double last = null;
		for (int i = 0; i < units.size(); i++) {
			Unit u = units.get(i);
			if (u.composite() != null && !u.composite().equals(last)) {
				rank = i + 1;
				last = u.composite();
			}
			ranked.add(new Unit(u.code(), u.name(), u.indicators(), u.counts(), u.composite(), u.grade(), u.points(),
					u.composite() == null ? null : rank, null));
		}
		return ranked;
	}

	/**
	 * Sums of the region measures per unit of the level (the code's first {@code length} digits) within the region.
	 * Levels from the community up read the per-day areas (a few thousand rows a month); grids read their whole
	 * months from the monthly copy and the days before and after them from the daily rollup.
	 */
	private Map<String, long[]> regionSums(int length, Period period, String within, Slice slice) {
		// the coarse copies have no category: a category filter reads the daily rollup
		boolean areas = slice.categories().isEmpty() && length <= 12 && (within == null || within.length() <= 12)
				&& slice.regions().stream().allMatch(r -> r.length() <= 12);
		String code = areas ? "area_code" : "region_code";
		String filter = "length(" + code + ") >= " + length;
		List<Object> args = new ArrayList<>();
		if (within != null) {
			filter += " AND " + code + " LIKE ?";
			args.add(within + "%");
		}
		if (!slice.regions().isEmpty()) {
			filter += " AND " + code + " LIKE ANY(?)";
			args.add(slice.regionPatterns());
		}
		String unit = "substr(" + code + ", 1, " + length + ")";
		if (!slice.categories().isEmpty()) {
			filter += " AND category_code = ANY(?)";
			args.add(slice.categories().stream().sorted().toArray(String[]::new));
			args.addAll(0, List.of(Date.valueOf(period.from()), Date.valueOf(period.to())));
			return query(Table.REGION, Table.REGION.tableName(), "day", unit, filter, args);
		}
		if (areas) {
			args.addAll(0, List.of(Date.valueOf(period.from()), Date.valueOf(period.to())));
			return query(Table.REGION, Coarse.AREA_DAY.table(), "day", unit, filter, args);
		}
		return gridLevel(unit, filter, args, period);
	}

	private long[] gridSums(Set<String> grids, Period period) {
		long[] total = new long[Table.REGION.measures().size()];
		if (grids.isEmpty()) {
			return total;
		}
		List<Object> args = new ArrayList<>();
		args.add(grids.toArray(String[]::new));
		gridLevel("'all'", "region_code = ANY(?)", args, period).values().forEach(v -> add(total, v));
		return total;
	}

	/**
	 * Region sums per {@code unit} where {@code filter} (both over {@code region_code}): the period's whole months
	 * from the monthly copy, the days around them from the daily rollup.
	 */
	private Map<String, long[]> gridLevel(String unit, String filter, List<Object> filterArgs, Period period) {
		LocalDate firstMonth = period.from().withDayOfMonth(1);
		if (!firstMonth.equals(period.from())) {
			firstMonth = firstMonth.plusMonths(1);
		}
		LocalDate afterLastMonth = period.to().plusDays(1).withDayOfMonth(1);
		Map<String, long[]> out = new LinkedHashMap<>();
		List<LocalDate[]> dayRanges = new ArrayList<>();
		if (firstMonth.isBefore(afterLastMonth)) {
			List<Object> args = new ArrayList<>(List.of(Date.valueOf(firstMonth),
					Date.valueOf(afterLastMonth.minusMonths(1))));
			args.addAll(filterArgs);
			merge(out, query(Table.REGION, Coarse.REGION_MONTH.table(), "month", unit, filter, args));
			if (period.from().isBefore(firstMonth)) {
				dayRanges.add(new LocalDate[] { period.from(), firstMonth.minusDays(1) });
			}
			if (!afterLastMonth.isAfter(period.to())) {
				dayRanges.add(new LocalDate[] { afterLastMonth, period.to() });
			}
		}
		else {
			dayRanges.add(new LocalDate[] { period.from(), period.to() });
		}
		for (LocalDate[] days : dayRanges) {
			List<Object> args = new ArrayList<>(List.of(Date.valueOf(days[0]), Date.valueOf(days[1])));
			args.addAll(filterArgs);
			merge(out, query(Table.REGION, Table.REGION.tableName(), "day", unit, filter, args));
		}
		return out;
	}

	private static void merge(Map<String, long[]> into, Map<String, long[]> more) {
		more.forEach((unit, v) -> add(into.computeIfAbsent(unit, u -> new long[v.length]), v));
	}

	private static void add(long[] total, long[] v) {
		for (int i = 0; i < v.length; i++) {
			total[i] += v[i];
		}
	}

	private Map<String, long[]> sums(Table table, String unit, String filter, List<Object> filterArgs, Period period) {
		List<Object> args = new ArrayList<>(List.of(Date.valueOf(period.from()), Date.valueOf(period.to())));
		args.addAll(filterArgs);
		return query(table, table.tableName(), "day", unit, "true" + filter, args);
	}

	/**
	 * {@code SELECT unit, sum(measure)… FROM table WHERE time BETWEEN … AND where GROUP BY unit}, the measures of
	 * its kind (the region's for the coarse copies); args: the two times, then where's.
	 */
	private Map<String, long[]> query(Table kind, String tableName, String time, String unit, String where,
			List<Object> args) {
		List<Measure> measures = kind.measures();
		String sums = String.join(", ", measures.stream().map(m -> "sum(" + m.column() + ")").toList());
		String sql = "SELECT " + unit + " AS unit, " + sums + " FROM " + tableName + " WHERE " + time
				+ " BETWEEN ? AND ? AND " + where + " GROUP BY 1";
		List<Object> ordered = args;
		Map<String, long[]> out = new LinkedHashMap<>();
		jdbc.query(connection -> {
			var select = connection.prepareStatement(sql);
			for (int i = 0; i < ordered.size(); i++) {
				Object a = ordered.get(i);
				if (a instanceof String[] array) {
					select.setArray(i + 1, connection.createArrayOf("text", array));
				}
				else {
					select.setObject(i + 1, a);
				}
			}
			return select;
		}, rs -> {
			long[] v = new long[measures.size()];
			for (int i = 0; i < v.length; i++) {
				v[i] = rs.getLong(i + 2);
			}
			out.put(rs.getString(1), v);
		});
		return out;
	}

	/** One ISO week of a trend: the week's cohort of cases that should close, and how many closed (on time). */
	public record WeekPoint(Period week, long shouldClose, long closed, Double closureRate, long closedOnTime,
			Double onTimeClosureRate) {
	}

	/**
	 * 结案率 and 按期结案率 by calendar week (Monday start) over the last {@code weeks} weeks up to this one, within
	 * the region ({@code null}: the actor's scope, or the whole city), oldest first; a week without cases is there with
	 * no rates. Requires the same readers and scope as {@link #evaluate}.
	 */
	public List<WeekPoint> weeklyTrend(Actor actor, String region, int weeks) {
		String within = readableRegion(actor, region);
		Period last = Period.parse(String.format("%d-W%02d", today().get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
				today().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)), today());
		List<Period> periods = new ArrayList<>(List.of(last));
		while (periods.size() < Math.max(1, Math.min(weeks, 260))) {
			periods.add(0, periods.get(0).previous());
		}
		Map<LocalDate, long[]> byMonday = new HashMap<>();
		// from the community up, the per-day areas; a grid, its own rows
		boolean areas = within == null || within.length() <= 12;
		jdbc.query("SELECT date_trunc('week', day)::date, sum(should_close), sum(closed), sum(closed_on_time) FROM "
				+ (areas ? Coarse.AREA_DAY.table() + " WHERE day BETWEEN ? AND ? AND area_code LIKE ?"
						: Table.REGION.tableName() + " WHERE day BETWEEN ? AND ? AND region_code LIKE ?")
				+ " GROUP BY 1",
				rs -> {
					byMonday.put(rs.getDate(1).toLocalDate(), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) });
				}, Date.valueOf(periods.get(0).from()), Date.valueOf(last.to()), (within == null ? "" : within) + "%");
		List<WeekPoint> points = new ArrayList<>();
		for (Period week : periods) {
			long[] v = byMonday.getOrDefault(week.from(), new long[3]);
			points.add(new WeekPoint(week, v[0], v[1], v[0] == 0 ? null : round4((double) v[1] / v[0]), v[2],
					v[0] == 0 ? null : round4((double) v[2] / v[0])));
		}
		return points;
	}

	/** The region an actor may read: the one asked for if within their scope, else their scope (null: the city). */
	private String readableRegion(Actor actor, String region) {
		if (actor.roles().stream().noneMatch(READERS::contains)) {
			throw new ForbiddenException("the assessment is read by leaders, administrators and the centre's staff");
		}
		String scope = actor.scopeRegionCode();
		String within = region == null || region.isBlank() ? scope : region.strip();
		if (within != null && scope != null && !within.startsWith(scope)) {
			throw new ForbiddenException("the region " + within + " lies outside your scope " + scope);
		}
		return within;
	}

	private static long get(long[] v, Measure m) {
		return v[m.index()];
	}

	private static Indicator rate(String key, long[] v, Measure numerator, Measure denominator,
			Map<String, Double> weights) {
		long n = get(v, numerator);
		long d = get(v, denominator);
		Double rate = d == 0 ? null : (double) n / d;
		return new Indicator(key, n, d, rate == null ? null : round4(rate), rate == null ? null : round(100 * rate),
				weights.getOrDefault(key, 0.0));
	}

	/** {@code 1 − numerator / denominator}: the share that was not missed, not reworked. */
	private static Indicator inverse(String key, long[] v, Measure numerator, Measure denominator,
			Map<String, Double> weights) {
		long n = get(v, numerator);
		long d = get(v, denominator);
		Double rate = d == 0 ? null : 1 - (double) n / d;
		return new Indicator(key, d - n, d, rate == null ? null : round4(rate), rate == null ? null : round(100 * rate),
				weights.getOrDefault(key, 0.0));
	}

	private static Indicator score(String key, long count, double score, Map<String, Double> weights) {
		return new Indicator(key, count, 0, null, score, weights.getOrDefault(key, 0.0));
	}

	/** The weighted mean of the indicators that have a score; none → no composite. */
	static Double composite(List<Indicator> indicators) {
		double sum = 0;
		double weights = 0;
		for (Indicator i : indicators) {
			if (i.score() != null && i.weight() > 0) {
				sum += i.weight() * i.score();
				weights += i.weight();
			}
		}
		return weights == 0 ? null : round(sum / weights);
	}

	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

	private static double round4(double v) {
		return Math.round(v * 10000) / 10000.0;
	}
}
