package org.chengguan.worktime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Laws of the deadline arithmetic over 2025 and 2026, with their official arrangements, in whole minutes. */
class DeadlinePropertiesTests {

	static final WorkingTime workingTime = WorkingTimeTests.workingTime;

	static final long FIRST = WorkingTimeTests.at("2025-01-01T00:00").toEpochMilli();

	static final long LAST = WorkingTimeTests.at("2026-12-31T23:59:59.999").toEpochMilli();

	@Provide
	Arbitrary<Instant> instants() {
		return Arbitraries.longs().between(FIRST, LAST).map(Instant::ofEpochMilli);
	}

	/** Up to 60 工作日 in minutes; a third of them round hours or days, which end on period boundaries. */
	@Provide
	Arbitrary<Integer> minutes() {
		return Arbitraries.frequencyOf(
				Tuple.of(2, Arbitraries.integers().between(0, 60 * 7 * 60)),
				Tuple.of(1, Arbitraries.integers().between(0, 60 * 7).map(h -> h * 60)));
	}

	static Instant due(Instant start, int minutes) {
		return workingTime.due(start, hours(minutes));
	}

	static TimeLimit hours(int minutes) {
		return new TimeLimit(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 12, RoundingMode.HALF_UP),
				TimeLimitUnit.WORK_HOURS);
	}

	@Property
	void aLaterStartIsNeverDueEarlier(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
			@ForAll("minutes") int minutes) {
		Instant early = a.isBefore(b) ? a : b;
		Instant late = a.isBefore(b) ? b : a;
		assertThat(due(early, minutes)).isBeforeOrEqualTo(due(late, minutes));
	}

	@Property
	void aLongerLimitIsNeverDueEarlier(@ForAll("instants") Instant start, @ForAll("minutes") int a,
			@ForAll("minutes") int b) {
		assertThat(due(start, Math.min(a, b))).isBeforeOrEqualTo(due(start, Math.max(a, b)));
	}

	@Property
	void limitsAddUp(@ForAll("instants") Instant start, @ForAll("minutes") int a, @ForAll("minutes") int b) {
		if (a > 0 && b > 0) {
			assertThat(due(due(start, a), b)).isEqualTo(due(start, a + b));
		}
	}

	@Property
	void theWorkingTimeElapsedUntilTheDeadlineIsTheLimit(@ForAll("instants") Instant start,
			@ForAll("minutes") int minutes) {
		assertThat(workingTime.elapsed(start, due(start, minutes), TimeLimitUnit.WORK_HOURS))
			.isEqualTo(Duration.ofMinutes(minutes));
	}

	@Property
	void aDeadlineFallsInsideAWorkingPeriodOfAWorkingDay(@ForAll("instants") Instant start,
			@ForAll("minutes") int minutes) {
		if (minutes > 0) {
			ZonedDateTime due = due(start, minutes).atZone(workingTime.zone());
			LocalTime time = due.toLocalTime();
			assertThat(workingTime.isWorkingDay(due.toLocalDate())).as("%s is a working day", due).isTrue();
			assertThat(WorktimeProperties.Schedule.standard().periods())
				.as("%s is inside a working period", due)
				.anySatisfy(p -> assertThat(time).isAfter(p.from()).isBeforeOrEqualTo(p.to()));
		}
	}

	@Property
	void aDeadlineIsNeverBeforeItsStart(@ForAll("instants") Instant start, @ForAll("minutes") int minutes) {
		assertThat(due(start, minutes)).isAfterOrEqualTo(start);
	}

	@Property
	void aWorkingDayIsSevenWorkingHours(@ForAll("instants") Instant start, @ForAll("minutes") int minutes) {
		var days = new TimeLimit(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(7 * 60), 12, RoundingMode.HALF_UP),
				TimeLimitUnit.WORK_DAYS);
		assertThat(workingTime.due(start, days)).isEqualTo(due(start, minutes));
	}
}
