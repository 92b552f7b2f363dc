package org.chengguan.facilities.demo;

import java.time.Clock;
import java.util.List;

import org.chengguan.facilities.internal.BulkLoad;
import org.chengguan.facilities.internal.NewFacility;
import org.chengguan.platform.DemoData;
import org.chengguan.regions.RegionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the GENERATED Huaibei facilities ({@link HuaibeiFacilities}) once, after the demo geography (regions' loader
 * runs first, order 0), when
 * {@link DemoData} says the demo data is on. Tests that need them call {@link #loadIfAbsent()}.
 */
@Component
@Order(10)
public class FacilityDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FacilityDemoLoader.class);

	/** The demo facilities' codes start with this. */
	public static final String PREFIX = "HB-";

	static final long SEED = 20261126L;

	private final RegionDirectory regions;

	private final BulkLoad bulkLoad;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final DemoData demoData;

	private final Clock clock;

	FacilityDemoLoader(RegionDirectory regions, BulkLoad bulkLoad, JdbcClient jdbc,
			TransactionTemplate transaction, DemoData demoData, Clock clock) {
		this.regions = regions;
		this.bulkLoad = bulkLoad;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.demoData = demoData;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demoData.enabled()) {
			loadIfAbsent();
		}
	}

	/** Loads the demo facilities unless they are there; returns whether it loaded. */
	public synchronized boolean loadIfAbsent() {
		if (regions.region("3406").isEmpty()) {
			log.warn("No demo facilities: the city's geography (3406) is not loaded");
			return false;
		}
		if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM facilities.facility WHERE demo)").query(Boolean.class).single()) {
			return false;
		}
		long start = System.nanoTime();
		List<NewFacility> facilities = HuaibeiFacilities.generate(regions, regions.servicePointsWithin("3406"), PREFIX,
				1.0, SEED);
		long generated = System.nanoTime();
		long ports = transaction.execute(status -> bulkLoad.load(facilities, true, clock.instant()));
		jdbc.sql("ANALYZE facilities.facility").update();
		jdbc.sql("ANALYZE facilities.charging_port").update();
		long end = System.nanoTime();
		log.info("Loaded the GENERATED Huaibei facilities: {} facilities with {} charging ports ({} in all) in {} ms "
				+ "(generating {} ms, storing {} ms)", facilities.size(), ports, facilities.size() + ports,
				(end - start) / 1_000_000, (generated - start) / 1_000_000, (end - generated) / 1_000_000);
		return true;
	}
}
