package org.chengguan.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.chengguan.ChengguanApplication;
import org.chengguan.facilities.FacilityType;
import org.chengguan.facilities.demo.HuaibeiFacilities;
import org.chengguan.facilities.internal.BulkLoad;
import org.chengguan.facilities.internal.NewFacility;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.demo.DemoDataLoader;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 5's speed: on a fresh embedded PostgreSQL with N facilities (default 1,000,000, generated like the demo data
 * with the same type mix, so about 2.6 million charging ports), over HTTP from C concurrent clients (default 50):
 * nearest-10 queries of one type, radius queries (1 km, one type, up to 20), and live updates (occupancy and port
 * states with their API keys). Prints throughput, p50/p99/max and the ratio to the targets (p99 < 5 ms; ≥ 2,000
 * updates/s). The load generator runs on the same machine as the server and the database: its CPU is theirs.
 * <p>
 * Usage: {@code bench/facilities [--facilities=1000000] [--clients=50] [--seconds=20] [--durable=true]}
 */
public final class FacilitiesBenchmark {

	private static final FacilityType[] SEARCHED = { FacilityType.PUBLIC_TOILET, FacilityType.PARKING,
			FacilityType.EV_CHARGING, FacilityType.CONVENIENCE_POINT, FacilityType.FARMERS_MARKET };

	private int facilities = 1_000_000;

	private int clients = 50;

	private int seconds = 20;

	private boolean durable = true;

	private ConfigurableApplicationContext context;

	private int port;

	private final List<String> summary = new ArrayList<>();

	public static void main(String[] args) throws Exception {
		var bench = new FacilitiesBenchmark();
		for (String arg : args) {
			String[] kv = arg.replaceFirst("^--", "").split("=", 2);
			switch (kv[0]) {
				case "facilities" -> bench.facilities = Integer.parseInt(kv[1]);
				case "clients" -> bench.clients = Integer.parseInt(kv[1]);
				case "seconds" -> bench.seconds = Integer.parseInt(kv[1]);
				case "durable" -> bench.durable = Boolean.parseBoolean(kv[1]);
				default -> throw new IllegalArgumentException("unknown option " + arg);
			}
		}
		if (Boolean.getBoolean("bench.quick")) {
			bench.facilities = Math.min(bench.facilities, 100_000);
			bench.seconds = Math.min(bench.seconds, 5);
		}
		bench.run();
		System.exit(0);
	}

	private void run() throws Exception {
		Path home = Files.createTempDirectory("chengguan-facilities-bench-");
		try {
			start(home);
			load();
			var jdbc = context.getBean(JdbcClient.class);
			List<long[]> lots = jdbc.sql("SELECT id, capacity FROM facilities.facility WHERE type = 'PARKING'")
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
			List<long[]> ports = jdbc.sql("SELECT f.id, f.ports_total FROM facilities.facility f WHERE type = 'EV_CHARGING'")
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
			System.out.printf("%,d parking lots and %,d charging stations carry keys%n", lots.size(), ports.size());
			String base = "http://localhost:" + port + "/api/v1/facilities";
			measure("warm-up (nearest-10, not counted)", Math.max(3, seconds / 4), (r, t) -> get(base + nearest(r)));
			Result nearest = measure("nearest-10 of a type", seconds, (r, t) -> get(base + nearest(r)));
			Result radius = measure("radius 1 km of a type (≤ 20)", seconds, (r, t) -> get(base + radius(r)));
			Result updates = measure("live updates (occupancy, port state)", seconds, (r, t) -> {
				if (r.nextInt(3) == 0) {
					long[] lot = lots.get(r.nextInt(lots.size()));
					return put(base + "/" + lot[0] + "/occupancy", "bench-" + lot[0],
							"{\"change\":" + (r.nextBoolean() ? 1 : -1) + "}");
				}
				long[] station = ports.get(r.nextInt(ports.size()));
				String[] states = { "FREE", "CHARGING", "FREE", "FAULT" };
				return put(base + "/" + station[0] + "/ports/" + (1 + r.nextInt((int) station[1])), "bench-" + station[0],
						"{\"state\":\"" + states[r.nextInt(states.length)] + "\"}");
			});
			System.out.println();
			System.out.println("== figures ==");
			summary.forEach(System.out::println);
			System.out.println();
			System.out.println("== ratios ==");
			System.out.printf(Locale.ROOT, "nearest-10 p99 %.2f ms = %.2f × the 5 ms target (below 1 meets it)%n",
					nearest.p99(), nearest.p99() / 5);
			System.out.printf(Locale.ROOT, "radius p99 %.2f ms = %.2f × the 5 ms target (below 1 meets it)%n",
					radius.p99(), radius.p99() / 5);
			System.out.printf(Locale.ROOT, "updates %.0f/s = %.2f × the 2,000/s target (1 or more meets it)%n",
					updates.perSecond(), updates.perSecond() / 2000);
			System.out.printf("machine: %d cores, %s %s, durable=%s, clients on the same machine%n",
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
					System.getProperty("java.version"), durable);
		}
		finally {
			if (context != null) {
				context.close();
			}
		}
	}

	private void start(Path home) {
		long t0 = System.nanoTime();
		SpringApplication app = new SpringApplication(ChengguanApplication.class);
		app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("benchExcludesTestClasses",
				new LifecycleBenchmark.ExcludeTestClasses()));
		context = app.run("--chengguan.embedded-db.data-dir=" + home.resolve("pg"),
				"--chengguan.embedded-db.durable=" + durable, "--chengguan.demo-data=false", "--server.port=0",
				"--chengguan.facilities.demo-feeder.enabled=false", "--server.tomcat.threads.max=64",
				"--spring.datasource.hikari.maximum-pool-size=20", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--logging.level.org.chengguan=WARN");
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
		System.out.printf("started on a fresh embedded PostgreSQL (durable %s) with the demo geography in %.1f s%n",
				durable, (System.nanoTime() - t0) / 1e9);
	}

	private void load() {
		long t0 = System.nanoTime();
		RegionDirectory regions = context.getBean(RegionDirectory.class);
		double scale = facilities / 27_517.0;
		List<NewFacility> all = HuaibeiFacilities.generate(regions, List.of(), "B-", scale, 5L);
		long generated = System.nanoTime();
		BulkLoad bulk = context.getBean(BulkLoad.class);
		TransactionTemplate tx = context.getBean(TransactionTemplate.class);
		long ports = 0;
		for (int from = 0; from < all.size(); from += 50_000) {
			List<NewFacility> chunk = all.subList(from, Math.min(all.size(), from + 50_000));
			ports += tx.execute(s -> bulk.load(chunk, false, Instant.now()));
		}
		var jdbc = context.getBean(JdbcClient.class);
		jdbc.sql("UPDATE facilities.facility SET api_key_hash = sha256(convert_to('bench-' || id, 'UTF8')) "
				+ "WHERE type IN ('PARKING', 'EV_CHARGING')").update();
		jdbc.sql("VACUUM ANALYZE facilities.facility").update();
		jdbc.sql("VACUUM ANALYZE facilities.charging_port").update();
		long end = System.nanoTime();
		String line = String.format(Locale.ROOT, "%-44s %,d facilities + %,d ports in %.1f s (generating %.1f s)",
				"load", all.size(), ports, (end - t0) / 1e9, (generated - t0) / 1e9);
		System.out.println(line);
		summary.add(line);
	}

	private static String point(SplittableRandom r) {
		double lat = 33.955 + gaussian(r) * 0.035;
		double lon = 116.798 + gaussian(r) * 0.04;
		return String.format(Locale.ROOT, "lat=%.6f&lon=%.6f", lat, lon);
	}

	private static double gaussian(SplittableRandom r) {
		return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
	}

	private static String nearest(SplittableRandom r) {
		return "?type=" + SEARCHED[r.nextInt(SEARCHED.length)] + "&" + point(r) + "&limit=10";
	}

	private static String radius(SplittableRandom r) {
		return "?type=" + SEARCHED[r.nextInt(SEARCHED.length)] + "&" + point(r) + "&radius=1000&limit=20";
	}

	private HttpClient client;

	private HttpRequest get(String uri) {
		return HttpRequest.newBuilder(URI.create(uri)).GET().build();
	}

	private HttpRequest put(String uri, String key, String body) {
		return HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
			.header("X-Api-Key", key).PUT(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	interface Op {
		HttpRequest next(SplittableRandom random, int thread);
	}

	record Result(String name, long ok, long errors, double seconds, double p50, double p99, double max) {

		double perSecond() {
			return ok / seconds;
		}
	}

	private Result measure(String name, int durationSeconds, Op op) throws Exception {
		if (client == null) {
			client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
				.build();
		}
		long[][] latencies = new long[clients][];
		int[] counts = new int[clients];
		AtomicLong errors = new AtomicLong();
		AtomicLong firstError = new AtomicLong();
		long end = System.nanoTime() + durationSeconds * 1_000_000_000L;
		CountDownLatch done = new CountDownLatch(clients);
		long started = System.nanoTime();
		for (int t = 0; t < clients; t++) {
			int thread = t;
			latencies[t] = new long[1 << 16];
			new Thread(() -> {
				SplittableRandom random = new SplittableRandom(17 + thread);
				try {
					while (System.nanoTime() < end) {
						HttpRequest request = op.next(random, thread);
						long t0 = System.nanoTime();
						HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
						long took = System.nanoTime() - t0;
						if (response.statusCode() != 200) {
							if (errors.incrementAndGet() == 1) {
								firstError.set(response.statusCode());
								System.out.println("first error: " + response.statusCode() + " " + response.body());
							}
							continue;
						}
						if (counts[thread] == latencies[thread].length) {
							latencies[thread] = Arrays.copyOf(latencies[thread], counts[thread] * 2);
						}
						latencies[thread][counts[thread]++] = took;
					}
				}
				catch (Exception e) {
					errors.incrementAndGet();
				}
				finally {
					done.countDown();
				}
			}, "bench-client-" + t).start();
		}
		done.await();
		double elapsed = (System.nanoTime() - started) / 1e9;
		long total = Arrays.stream(counts).sum();
		long[] all = new long[(int) total];
		int at = 0;
		for (int t = 0; t < clients; t++) {
			System.arraycopy(latencies[t], 0, all, at, counts[t]);
			at += counts[t];
		}
		Arrays.sort(all);
		Result result = new Result(name, total, errors.get(), elapsed, pct(all, 0.50), pct(all, 0.99), pct(all, 1.0));
		String line = String.format(Locale.ROOT,
				"%-44s %,10.0f /s  (%,d in %.1f s; p50 %.2f ms, p99 %.2f ms, max %.1f ms; %d errors; %d clients)", name,
				result.perSecond(), total, elapsed, result.p50(), result.p99(), result.max(), result.errors(), clients);
		System.out.println(line);
		if (!name.startsWith("warm-up")) {
			summary.add(line);
		}
		return result;
	}

	private static double pct(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}
}
