package org.chengguan.regions.demo;

import java.util.Comparator;
import java.util.List;

import org.chengguan.platform.DemoData;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.internal.RegionStore;
import org.chengguan.regions.internal.RegionStore.StoredRegion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the generated Huaibei geography once when {@link DemoData} says the demo data is on (by default: on the
 * first start of the embedded default database). Tests that need it call {@link #loadIfAbsent()}.
 */
@Component
@Order(0)
public class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final RegionStore store;

	private final RegionDirectory directory;

	private final TransactionTemplate transaction;

	private final DemoData demoData;

	DemoDataLoader(RegionStore store, RegionDirectory directory, TransactionTemplate transaction, DemoData demoData) {
		this.store = store;
		this.directory = directory;
		this.transaction = transaction;
		this.demoData = demoData;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demoData.enabled()) {
			loadIfAbsent();
		}
	}

	/** Loads the demo geography unless the city is already there; returns whether it loaded. */
	public synchronized boolean loadIfAbsent() {
		if (store.exists(HuaibeiDemoGeography.CITY_CODE)) {
			return false;
		}
		long start = System.nanoTime();
		DemoGeography geography = HuaibeiDemoGeography.generate();
		List<StoredRegion> rows = geography.regions().stream()
			.sorted(Comparator.comparingInt(r -> r.code().length()))
			.map(r -> new StoredRegion(new Region(r.code(), r.level(), r.name(), r.parentCode()), r.geometry(),
					r.labelPoint(), true))
			.toList();
		transaction.executeWithoutResult(status -> {
			store.upsert(rows);
			store.insertServicePoints(geography.servicePoints(), true);
		});
		directory.reload();
		log.info("Loaded the GENERATED Huaibei demo geography: {} regions, {} service points in {} ms", rows.size(),
				geography.servicePoints().size(), (System.nanoTime() - start) / 1_000_000);
		return true;
	}
}
