package org.chengguan.regions.demo;

import java.util.Comparator;
import java.util.List;

import org.chengguan.platform.database.EmbeddedDefaultDatabase;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.internal.RegionStore;
import org.chengguan.regions.internal.RegionStore.StoredRegion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the generated Huaibei geography once: on the first start of the embedded default database
 * ({@code chengguan.demo-data=auto}), on any database with {@code true}, never with {@code false}. Tests that
 * need it call {@link #loadIfAbsent()}.
 */
@Component
@Order(0)
public class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final RegionStore store;

	private final RegionDirectory directory;

	private final TransactionTemplate transaction;

	private final String mode;

	private final boolean embeddedDefault;

	DemoDataLoader(RegionStore store, RegionDirectory directory, TransactionTemplate transaction,
			@Value("${chengguan.demo-data:auto}") String mode, ObjectProvider<EmbeddedDefaultDatabase> embedded) {
		this.store = store;
		this.directory = directory;
		this.transaction = transaction;
		this.mode = mode;
		this.embeddedDefault = embedded.getIfAvailable() != null;
	}

	@Override
	public void run(ApplicationArguments args) {
		if ("true".equals(mode) || ("auto".equals(mode) && embeddedDefault)) {
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
