package org.chengguan.cases;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.chengguan.geo.GeoPoint;
import org.chengguan.regions.Location;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.worktime.TimeLimit;
import org.chengguan.worktime.TimeLimitUnit;
import org.springframework.context.ApplicationContext;

/**
 * Cases with histories at chosen times, for tests that need known lateness: each step is the {@link Case}
 * aggregate's own, on the real stage limits and 2025–2026 calendar, and the case is stored with its audit trail by
 * the repository. No events are published, so the assessment's rollups see these cases only after a rebuild.
 */
public final class KnownHistories {

	/** The staff who take the cases through: fixed ids, so tests can ask for one person's late steps. */
	public static final Performer CITIZEN = new Performer(9_300_001L, "CITIZEN");

	public static final Performer INSPECTOR = new Performer(9_300_002L, "INSPECTOR");

	public static final Performer SHIFT_LEADER = new Performer(9_300_003L, "SHIFT_LEADER");

	public static final Performer DISPATCHER = new Performer(9_300_004L, "DISPATCHER");

	public static final Performer HANDLER = new Performer(9_300_005L, "HANDLER");

	private static final AtomicLong numbers = new AtomicLong(System.currentTimeMillis());

	private final Cases cases;

	private final RegionDirectory regions;

	public KnownHistories(ApplicationContext context) {
		this.cases = context.getBean(Cases.class);
		this.regions = context.getBean(RegionDirectory.class);
	}

	/** An instant written as a date-time in Huaibei, e.g. {@code 2025-05-12T09:00}. */
	public static Instant at(String localDateTime) {
		return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]").toInstant();
	}

	/** A citizen's report (随手拍) at the point, which must lie in a mapped district. */
	public Story citizenReport(GeoPoint point, String category, Instant when) {
		Location at = regions.locate(point).orElseThrow(() -> new IllegalArgumentException(point + " is not mapped"));
		NewCase report = new NewCase(Channel.CITIZEN_APP, category, "已知历史的测试案卷", point,
				new CaseLocation(at.grid().map(Region::code).orElse(null), at.community().map(Region::code).orElse(null),
						at.street().code(), at.district().code()),
				CITIZEN.userId(), null, List.of());
		return new Story(Case.report("K" + numbers.incrementAndGet(), report, CITIZEN, when, TestDeadlines.INSTANCE));
	}

	/** One case on its way; each step at the given time, then {@link #save()}. */
	public final class Story {

		private final Case c;

		private Story(Case c) {
			this.c = c;
		}

		public Story verify(Instant when) {
			c.verify(INSPECTOR, null, "属实", when, TestDeadlines.INSTANCE);
			return this;
		}

		public Story voidIt(Instant when) {
			c.voidCase(SHIFT_LEADER, "不属于受理范围", when);
			return this;
		}

		public Story file(Instant when) {
			c.file(SHIFT_LEADER, "SANITATION", null, when, TestDeadlines.INSTANCE);
			return this;
		}

		/** Dispatched to 环卫处 with a limit of {@code hours} 工作时. */
		public Story dispatch(String hours, Instant when) {
			c.dispatch(DISPATCHER, "SANITATION", List.of(), TimeLimit.of(hours, TimeLimitUnit.WORK_HOURS), null, when,
					TestDeadlines.INSTANCE);
			return this;
		}

		public Story handle(Instant when) {
			c.reportHandled(HANDLER, "已处置", List.of("after"), when, TestDeadlines.INSTANCE);
			return this;
		}

		public Story checkPass(Instant when) {
			c.passCheck(INSPECTOR, "已整改", List.of("check"), when, TestDeadlines.INSTANCE);
			return this;
		}

		public Story close(Instant when) {
			return close(when, SHIFT_LEADER);
		}

		public Story close(Instant when, Performer by) {
			c.close(by, null, when, TestDeadlines.INSTANCE);
			return this;
		}

		/** Stores the case and its trail; returns its id. */
		public long save() {
			return cases.insert(c);
		}
	}
}
