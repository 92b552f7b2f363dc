package org.chengguan.worktime;

import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Deadline computation on the real 2025–2026 calendar: the platform's index against {@link DayByDayDeadlines}, a
 * day-by-day walk over the working periods with java.time, the way such code is usually written. Starts are random instants in 2025–2026,
 * limits random from 0.5 to 40 工作时 (or 1 to 10 工作日).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeadlineBenchmark {

	private static final int SAMPLES = 1 << 16;

	private WorkingTime workingTime;

	private Instant[] starts;

	private TimeLimit[] hourLimits;

	private TimeLimit[] dayLimits;

	private DayByDayDeadlines baseline;

	private int next;

	@Setup
	public void setUp() {
		HolidayArrangements arrangements = OfficialArrangements.of2025And2026();
		workingTime = new WorkingTime(WorktimeProperties.defaults(), arrangements);
		baseline = new DayByDayDeadlines(arrangements);
		Random random = new Random(11);
		long from = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
		long to = Instant.parse("2026-11-30T00:00:00Z").toEpochMilli();
		starts = new Instant[SAMPLES];
		hourLimits = new TimeLimit[SAMPLES];
		dayLimits = new TimeLimit[SAMPLES];
		for (int i = 0; i < SAMPLES; i++) {
			starts[i] = Instant.ofEpochMilli(from + (long) (random.nextDouble() * (to - from)));
			hourLimits[i] = TimeLimit.of(String.valueOf((1 + random.nextInt(80)) / 2.0), TimeLimitUnit.WORK_HOURS);
			dayLimits[i] = TimeLimit.of(String.valueOf(1 + random.nextInt(10)), TimeLimitUnit.WORK_DAYS);
		}
	}

	@Benchmark
	public Instant dueWorkHours() {
		int i = next++ & (SAMPLES - 1);
		return workingTime.due(starts[i], hourLimits[i]);
	}

	@Benchmark
	public Instant dueWorkDays() {
		int i = next++ & (SAMPLES - 1);
		return workingTime.due(starts[i], dayLimits[i]);
	}

	@Benchmark
	public Instant dayByDayBaseline() {
		int i = next++ & (SAMPLES - 1);
		return baseline.due(starts[i], workingTime.millis(hourLimits[i]));
	}
}
