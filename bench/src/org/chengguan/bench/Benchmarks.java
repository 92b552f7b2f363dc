package org.chengguan.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks on one thread (one core) and prints each figure, then the ratios that matter: against
 * the target each issue sets and against the baseline measured beside it in the same run.
 * <p>
 * Usage: {@code bench/run [regex]}; {@code -Dbench.quick=true} for a short smoke run.
 */
public final class Benchmarks {

	public static void main(String[] args) throws Exception {
		boolean quick = Boolean.getBoolean("bench.quick");
		var options = new OptionsBuilder()
			.include(args.length > 0 ? args[0] : "org.chengguan.*Benchmark.*")
			.forks(1)
			.threads(1)
			.warmupIterations(quick ? 1 : 3)
			.warmupTime(TimeValue.seconds(quick ? 1 : 2))
			.measurementIterations(quick ? 2 : 5)
			.measurementTime(TimeValue.seconds(quick ? 1 : 2))
			.jvmArgsAppend("-Xmx2g")
			.build();
		Collection<RunResult> results = new Runner(options).run();
		Map<String, Double> perSecond = new LinkedHashMap<>();
		for (RunResult result : results) {
			String label = result.getParams().getBenchmark().replaceFirst("^.*\\.(\\w+Benchmark\\.\\w+)$", "$1");
			perSecond.put(label, result.getPrimaryResult().getScore());
		}
		System.out.println();
		System.out.println("== figures (operations per second, one thread, " + Runtime.getRuntime().availableProcessors()
				+ " cores on this machine) ==");
		perSecond.forEach((name, score) -> System.out.printf("%-48s %,16.0f%n", name, score));
		System.out.println();
		System.out.println("== ratios ==");
		ratio(perSecond, "LocateBenchmark.indexFinestCode", 1_000_000, "LocateBenchmark.jtsStrtreeContains");
		ratio(perSecond, "LocateBenchmark.indexLocate", 1_000_000, "LocateBenchmark.jtsStrtreeContains");
		ratio(perSecond, "DeadlineBenchmark.dueWorkHours", 1_000_000, "DeadlineBenchmark.dayByDayBaseline");
		ratio(perSecond, "DeadlineBenchmark.dueWorkDays", 1_000_000, "DeadlineBenchmark.dayByDayBaseline");
	}

	private static void ratio(Map<String, Double> perSecond, String name, double target, String baseline) {
		Double score = perSecond.get(name);
		if (score == null) {
			return;
		}
		System.out.printf("%-48s %6.2f × the target of %,.0f/s", name, score / target, target);
		Double base = perSecond.get(baseline);
		if (base != null) {
			System.out.printf("; %8.1f × %s", score / base, baseline);
		}
		System.out.println();
	}
}
