package org.chengguan.regions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengguan.geo.GeoPoint;
import org.chengguan.regions.internal.Geometries;
import org.chengguan.regions.internal.RegionIndex;
import org.chengguan.regions.internal.RegionStore;
import org.chengguan.regions.internal.RegionStore.RegionRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The regions module's API: where a point lies, and what a region is and contains.
 * <p>
 * Locating runs on an in-memory index of every region's shape, built from the database at start-up and rebuilt
 * after each change of boundaries; readers never wait for a rebuild (the new index replaces the old one whole).
 */
@Service
public class RegionDirectory {

	private static final Logger log = LoggerFactory.getLogger(RegionDirectory.class);

	private final RegionStore store;

	private final JsonMapper json = JsonMapper.builder().build();

	private volatile RegionIndex index;

	RegionDirectory(RegionStore store) {
		this.store = store;
	}

	/** Where the point lies; empty when it is outside every mapped district. */
	public Optional<Location> locate(GeoPoint point) {
		return index().locate(point);
	}

	public Optional<Region> region(String code) {
		return index().region(code);
	}

	public List<Region> children(String code) {
		return store.children(code);
	}

	/** The service points (stations, kiosks, squadrons) serving this region or a region inside it. */
	public List<ServicePoint> servicePointsWithin(String code) {
		return store.servicePointsWithin(code);
	}

	/** Rebuilds the locating index from the database; call after boundaries change. */
	public void reload() {
		long start = System.nanoTime();
		List<RegionRow> rows = store.all();
		Map<String, org.locationtech.jts.geom.Geometry> shapes = new HashMap<>(rows.size() * 2);
		for (RegionRow row : rows) {
			var errors = new java.util.ArrayList<String>();
			shapes.put(row.region().code(), Geometries.read(json.readTree(row.geometry()), row.region().code(), errors));
		}
		index = new RegionIndex(rows.stream().map(RegionRow::region).toList(), shapes);
		log.info("Locating index built over {} regions in {} ms", rows.size(), (System.nanoTime() - start) / 1_000_000);
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		index();
	}

	private RegionIndex index() {
		RegionIndex current = index;
		if (current == null) {
			synchronized (this) {
				if (index == null) {
					reload();
				}
				current = index;
			}
		}
		return current;
	}
}
