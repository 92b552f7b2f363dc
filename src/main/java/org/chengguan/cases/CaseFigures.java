package org.chengguan.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.worktime.WorkingTime;
import org.springframework.stereotype.Service;

/**
 * Figures about the cases reported in a period, for reports and maps (the assessment's heat map and the late cases
 * behind a score): where they lie, and which were late (超期). Counted and ranked inside the database over the
 * period's cases only, so the cost follows the period, not the years of cases kept.
 * <p>
 * A step is late when it happens after the deadline of the clock that ran before it — the assessment's on-time
 * rule. A case is late when one of its stage-passing steps ({@link #STAGE_STEPS}: verified, filed, dispatched,
 * handled, checked or closed after the deadline) was, or when it is still open and its running clock is past its
 * deadline now. Every query is narrowed to what the actor may see: their region scope, a handler's department.
 */
@Service
public class CaseFigures {

	/** The steps that end a stage's clock: the ones that can be late. */
	public static final Set<Action> STAGE_STEPS = EnumSet.of(Action.VERIFY, Action.FILE, Action.VOID, Action.DISPATCH,
			Action.HANDLE, Action.CHECK_PASS, Action.CHECK_FAIL, Action.CLOSE);

	/** At most this many cells in one answer: the ones with the most cases. */
	public static final int MAX_CELLS = 20_000;

	/** At most this many late cases in one answer. */
	public static final int MAX_LATE = 1_000;

	private final CaseFigureQueries queries;

	private final WorkingTime workingTime;

	private final Clock clock;

	CaseFigures(CaseFigureQueries queries, WorkingTime workingTime, Clock clock) {
		this.queries = queries;
		this.workingTime = workingTime;
		this.clock = clock;
	}

	/**
	 * The cases reported in {@code [reportedFrom, reportedTo)} counted in the squares of a lattice of
	 * {@code cellLat} × {@code cellLon} degrees anchored at 0°, 0° (so the same square is the same cell in every
	 * answer); {@code lateOnly} counts only the late ones.
	 *
	 * @param regionCode a region code prefix, null for the actor's whole scope
	 * @param within the part of the map to count, null for all
	 */
	public record HeatQuery(String regionCode, Instant reportedFrom, Instant reportedTo, boolean lateOnly,
			double cellLat, double cellLon, Box within) {
	}

	/** A box of WGS-84 coordinates. */
	public record Box(double west, double south, double east, double north) {
	}

	/** One square of the lattice and how many cases lie in it. */
	public record HeatCell(double south, double west, double north, double east, long cases) {
	}

	/**
	 * The cells with cases, those with the most first; {@code total} counts the cases in all cells, {@code cells}
	 * the cells, even beyond the {@link #MAX_CELLS} answered.
	 */
	public record Heat(List<HeatCell> cells, long total, long cellCount) {

		public boolean truncated() {
			return cellCount > cells.size();
		}
	}

	/**
	 * Which late cases: those reported in {@code [reportedFrom, reportedTo)} within {@code regionCode} (null: the
	 * actor's scope) with a late step among {@code steps}, done by {@code performerId} if set, on the clock of
	 * {@code department} if set (the lead department when the step was taken), of a case reported by
	 * {@code reporterId} if set; with {@code overdueNow}, also the open ones past their running deadline (with a
	 * department: those it is handling). At most {@code limit} (≤ {@link #MAX_LATE}).
	 */
	public record LateQuery(String regionCode, String department, Long performerId, Long reporterId, Set<Action> steps,
			boolean overdueNow, Instant reportedFrom, Instant reportedTo, int limit) {
	}

	/**
	 * A late case and its worst lateness: the step ({@code null}: the running clock, still overdue at {@code at}),
	 * the deadline it missed and when it was done; how late in 工作时 on the city's calendar and on the wall clock;
	 * and how many of its steps were late.
	 */
	public record LateCase(long caseId, String number, CaseStatus status, String categoryCode, String regionCode,
			String leadDepartment, Action step, Instant deadline, Instant at, Duration workingTimeLate,
			Duration late, int lateSteps) {

		public boolean stillOverdue() {
			return step == null;
		}
	}

	/** The worst late cases first (by working time, then wall-clock time), and how many there are in all. */
	public record LateCases(List<LateCase> cases, long total) {
	}

	/** The heat of the period's cases, or of its late ones. */
	public Heat heat(Actor actor, HeatQuery query) {
		requirePeriod(query.reportedFrom(), query.reportedTo());
		if (!(query.cellLat() > 0) || !(query.cellLon() > 0)) {
			throw new InvalidInputException("a cell needs a positive size in degrees");
		}
		Box box = query.within();
		CaseFigureQueries.Cells found = queries.cells(
				filter(actor, query.regionCode(), null, query.reportedFrom(), query.reportedTo()), query.cellLat(),
				query.cellLon(), box == null ? null : new double[] { box.west(), box.south(), box.east(), box.north() },
				query.lateOnly(), STAGE_STEPS, clock.instant(), MAX_CELLS);
		List<HeatCell> cells = found.cells().stream()
			.map(c -> new HeatCell(c.iy() * query.cellLat(), c.ix() * query.cellLon(), (c.iy() + 1) * query.cellLat(),
					(c.ix() + 1) * query.cellLon(), c.cases()))
			.toList();
		return new Heat(cells, found.total(), found.count());
	}

	/** The late cases of the query, worst first. */
	public LateCases late(Actor actor, LateQuery query) {
		requirePeriod(query.reportedFrom(), query.reportedTo());
		if (query.limit() < 1 || query.limit() > MAX_LATE) {
			throw new InvalidInputException("a list of late cases holds 1 to " + MAX_LATE + " cases");
		}
		if (query.steps() == null || query.steps().isEmpty() || !STAGE_STEPS.containsAll(query.steps())) {
			throw new InvalidInputException("late steps are some of " + STAGE_STEPS);
		}
		CaseFigureQueries.Filter filter = filter(actor, query.regionCode(), query.reporterId(), query.reportedFrom(),
				query.reportedTo());
		Instant now = clock.instant();
		WorstFirst ranking = new WorstFirst(query.limit());
		boolean wholeCases = query.performerId() == null && query.department() == null
				&& query.steps().equals(STAGE_STEPS);
		if (!wholeCases) {
			// late steps of one performer or department, or of some kinds: their trails decide, read for the cases
			// that have a late step (or not known yet) or are overdue now
			queries.lateSteps(filter, query.steps(), query.performerId(), query.department(), query.overdueNow(), now,
					null, step -> ranking.add(lateness(step)));
			return ranking.result();
		}
		// a case's worst lateness is stored with it: the trails of the few that can be among the worst are read
		CaseFigureQueries.Candidates candidates = queries.worstCandidates(filter, query.overdueNow(), now,
				query.limit());
		if (candidates.ids().isEmpty()) {
			return new LateCases(List.of(), candidates.known());
		}
		java.util.Set<Long> unknownLate = new java.util.HashSet<>();
		queries.lateSteps(filter, query.steps(), null, null, query.overdueNow(), now, candidates.ids(), step -> {
			if (candidates.unknown().contains(step.caseId())) {
				unknownLate.add(step.caseId());
			}
			ranking.add(lateness(step));
		});
		LateCases ranked = ranking.result();
		return new LateCases(ranked.cases(), candidates.known() + unknownLate.size());
	}

	/**
	 * Keeps the {@code limit} worst cases of late steps that come grouped by case: a case is as late as its worst step.
	 */
	private static final class WorstFirst {

		static final Comparator<LateCase> WORSE = Comparator.comparing(LateCase::workingTimeLate)
			.thenComparing(LateCase::late)
			.thenComparing(Comparator.comparingLong(LateCase::caseId).reversed());

		private final PriorityQueue<LateCase> worst = new PriorityQueue<>(WORSE);

		private final int limit;

		private LateCase current;

		private long total;

		WorstFirst(int limit) {
			this.limit = limit;
		}

		void add(LateCase step) {
			if (current != null && current.caseId() == step.caseId()) {
				current = withSteps(WORSE.compare(step, current) > 0 ? step : current, current.lateSteps() + 1);
				return;
			}
			keepCurrent();
			current = step;
		}

		LateCases result() {
			keepCurrent();
			List<LateCase> ordered = new ArrayList<>(worst);
			ordered.sort(WORSE.reversed());
			return new LateCases(ordered, total);
		}

		private void keepCurrent() {
			if (current == null) {
				return;
			}
			total++;
			worst.add(current);
			if (worst.size() > limit) {
				worst.poll();
			}
			current = null;
		}
	}

	private LateCase lateness(CaseFigureQueries.LateStep s) {
		Duration wall = Duration.between(s.deadline(), s.at());
		Duration working = Duration.ofMillis(Lateness.workingMillis(s.deadline(), s.at(), wall.toMillis(), workingTime));
		return new LateCase(s.caseId(), s.number(), s.status(), s.categoryCode(), s.regionCode(), s.leadDepartment(),
				s.step(), s.deadline(), s.at(), working, wall, 1);
	}

	private static LateCase withSteps(LateCase c, int steps) {
		return new LateCase(c.caseId(), c.number(), c.status(), c.categoryCode(), c.regionCode(), c.leadDepartment(),
				c.step(), c.deadline(), c.at(), c.workingTimeLate(), c.late(), steps);
	}

	/** The period's cases the actor may count: within their scope, a handler's department's. */
	private static CaseFigureQueries.Filter filter(Actor actor, String region, Long reporter, Instant from,
			Instant to) {
		if (actor.isCitizen() && actor.roles().size() == 1) {
			throw new ForbiddenException("figures over cases are for the staff");
		}
		String scope = actor.scopeRegionCode();
		String within = region == null || region.isBlank() ? scope : region.strip();
		if (within != null && scope != null && !within.startsWith(scope)) {
			throw new ForbiddenException("the region " + within + " lies outside your scope " + scope);
		}
		String department = actor.has(Role.HANDLER) ? actor.departmentCode() : null;
		return new CaseFigureQueries.Filter(within, department, reporter, from, to);
	}

	private static void requirePeriod(Instant from, Instant to) {
		if (from == null || to == null || !from.isBefore(to)) {
			throw new InvalidInputException("a period needs a start before its end");
		}
	}
}
