package org.chengguan.campaigns.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chengguan.assessment.Assessment;
import org.chengguan.assessment.Period;
import org.chengguan.assessment.Slice;
import org.chengguan.campaigns.Campaign;
import org.chengguan.campaigns.CampaignProgress;
import org.chengguan.campaigns.CampaignProgress.Figure;
import org.chengguan.campaigns.Target;
import org.chengguan.campaigns.TargetMeasure;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A campaign's progress: the case figures from the assessment over the campaign's slice (its categories and regions)
 * and period, per district and street and for the city; the inspections from the campaign's own tags. Every district
 * and street of the scope has a row, with zeros where nothing happened.
 */
@Component
public class ProgressReport {

	/**
	 * Who reads the assessment for a campaign: the campaigns module has already decided who may see the campaign,
	 * and its figures are published counts, so it reads them as the city's administrator, not as the reader.
	 */
	private static final Actor READER = new Actor(0, "campaigns", "专项整治", Set.of(Role.ADMIN), null, null, Set.of());

	private final Assessment assessment;

	private final RegionDirectory regions;

	private final JdbcClient jdbc;

	private final Clock clock;

	ProgressReport(Assessment assessment, RegionDirectory regions, JdbcClient jdbc, Clock clock) {
		this.assessment = assessment;
		this.regions = regions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The raw figures of one unit: the region measures' sums and the inspections. */
	private record Actuals(long reported, long shouldClose, long closed, long closedOnTime, long inspections) {

		static final Actuals NONE = new Actuals(0, 0, 0, 0, 0);

		static Actuals of(Assessment.Unit u, long inspections) {
			Map<String, Long> c = u.counts();
			return new Actuals(c.getOrDefault("reported", 0L), c.getOrDefault("should_close", 0L),
					c.getOrDefault("closed", 0L), c.getOrDefault("closed_on_time", 0L), inspections);
		}

		Actuals plus(Actuals o) {
			return new Actuals(reported + o.reported, shouldClose + o.shouldClose, closed + o.closed,
					closedOnTime + o.closedOnTime, inspections + o.inspections);
		}
	}

	public CampaignProgress of(Campaign c) {
		Period period = new Period(c.startDate() + ".." + c.endDate(), Period.Kind.RANGE, c.startDate(), c.endDate());
		Slice slice = new Slice(Set.copyOf(c.categories()), Set.copyOf(c.regions()));
		Map<String, Long> inspectionsByDistrict = inspections(c.id(), 6);
		Map<String, Long> inspectionsByStreet = inspections(c.id(), 9);
		Map<String, Actuals> districts = actuals("district", period, slice, inspectionsByDistrict);
		Map<String, Actuals> streets = actuals("street", period, slice, inspectionsByStreet);
		Actuals total = Actuals.NONE;
		for (Actuals a : districts.values()) {
			total = total.plus(a);
		}
		List<CampaignProgress.Unit> districtRows = new ArrayList<>();
		List<CampaignProgress.Unit> streetRows = new ArrayList<>();
		for (String code : districtCodes(c)) {
			districtRows.add(unit(code, districts.getOrDefault(code, Actuals.NONE), c));
		}
		for (String code : streetCodes(c)) {
			streetRows.add(unit(code, streets.getOrDefault(code, Actuals.NONE), c));
		}
		CampaignProgress.Unit overall = new CampaignProgress.Unit("all", c.name(), figures(total, c, null));
		long tagged = jdbc.sql("SELECT count(*) FROM campaigns.campaign_case WHERE campaign_id = ?").param(c.id())
			.query(Long.class).single();
		long inspections = inspectionsByDistrict.values().stream().mapToLong(Long::longValue).sum();
		return new CampaignProgress(c, c.phase(assessment.today()), clock.instant(), overall, districtRows, streetRows,
				tagged, inspections);
	}

	private CampaignProgress.Unit unit(String code, Actuals a, Campaign c) {
		return new CampaignProgress.Unit(code, regions.region(code).map(Region::name).orElse(code), figures(a, c, code));
	}

	private Map<String, Actuals> actuals(String kind, Period period, Slice slice, Map<String, Long> inspections) {
		Map<String, Actuals> out = new LinkedHashMap<>();
		for (Assessment.Unit u : assessment.evaluate(READER, kind, period, null, slice).units()) {
			out.put(u.code(), Actuals.of(u, inspections.getOrDefault(u.code(), 0L)));
		}
		inspections.forEach((code, n) -> out.putIfAbsent(code, new Actuals(0, 0, 0, 0, n)));
		return out;
	}

	private Map<String, Long> inspections(long campaignId, int length) {
		Map<String, Long> out = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT substr(i.region_code, 1, ?) AS unit, count(*) FROM campaigns.campaign_inspection t
				JOIN campaigns.inspection i ON i.id = t.inspection_id WHERE t.campaign_id = ? GROUP BY 1""")
			.params(length, campaignId)
			.query(rs -> {
				out.put(rs.getString(1), rs.getLong(2));
			});
		return out;
	}

	/** The figures of every measure, each against its target where the unit has one ({@code code} null: overall). */
	private static List<Figure> figures(Actuals a, Campaign c, String code) {
		Map<TargetMeasure, Target> targets = new EnumMap<>(TargetMeasure.class);
		c.targets().forEach(t -> targets.put(t.measure(), t));
		List<Figure> figures = new ArrayList<>();
		for (TargetMeasure m : TargetMeasure.values()) {
			Target t = targets.get(m);
			Double target = t == null ? null : code == null ? t.value() : t.forUnit(code);
			figures.add(switch (m) {
				case CASES_REPORTED -> count(m, a.reported(), target);
				case CASES_CLOSED -> count(m, a.closed(), target);
				case CLOSURE_RATE -> rate(m, a.closed(), a.shouldClose(), target);
				case ON_TIME_RATE -> rate(m, a.closedOnTime(), a.shouldClose(), target);
				case MERCHANTS_INSPECTED -> count(m, a.inspections(), target);
			});
		}
		return figures;
	}

	private static Figure count(TargetMeasure m, long actual, Double target) {
		return new Figure(m, (double) actual, null, null, target, percent(actual, target),
				target == null ? null : actual >= target);
	}

	private static Figure rate(TargetMeasure m, long numerator, long denominator, Double target) {
		if (denominator == 0) {
			return new Figure(m, null, numerator, denominator, target, null, null);
		}
		double actual = 100.0 * numerator / denominator;
		return new Figure(m, round(actual), numerator, denominator, target, percent(actual, target),
				target == null ? null : actual >= target);
	}

	private static Double percent(double actual, Double target) {
		return target == null ? null : round(100 * actual / target);
	}

	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

	/** The districts the campaign's regions lie in, in code order. */
	private static Set<String> districtCodes(Campaign c) {
		Set<String> out = new java.util.TreeSet<>();
		c.regions().forEach(r -> out.add(r.substring(0, Math.min(6, r.length()))));
		return out;
	}

	/** The streets of the campaign's regions: a district's every street, a street itself, a finer region's street. */
	private Set<String> streetCodes(Campaign c) {
		Set<String> out = new java.util.TreeSet<>();
		for (String r : c.regions()) {
			if (r.length() <= 6) {
				regions.children(r).forEach(s -> out.add(s.code()));
			}
			else {
				out.add(r.substring(0, 9));
			}
		}
		return new LinkedHashSet<>(out);
	}
}
