package org.chengguan.facilities;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.chengguan.facilities.internal.FacilityStore;
import org.chengguan.facilities.internal.MapAggregates;
import org.chengguan.facilities.internal.PublicHolidays;
import org.chengguan.worktime.WorkingTime;
import org.springframework.stereotype.Service;

/**
 * The facilities module's API for reading: what is near a point, in a box, open, free; one facility with its ports;
 * clusters for the map; charging coverage per community.
 * <p>
 * Geographic conditions always run on a spatial index. Opening hours are decided in Java on the rows the index
 * yields, nearest first, until enough are open ({@value #MAX_SCANNED} rows at most).
 */
@Service
public class FacilityDirectory {

	/** How many rows an opening-hours query may look at before it answers with what it found. */
	public static final int MAX_SCANNED = 20_000;

	private final FacilityStore store;

	private final MapAggregates aggregates;

	private final PublicHolidays holidays;

	private final WorkingTime workingTime;

	private final Clock clock;

	FacilityDirectory(FacilityStore store, MapAggregates aggregates, PublicHolidays holidays, WorkingTime workingTime,
			Clock clock) {
		this.store = store;
		this.aggregates = aggregates;
		this.holidays = holidays;
		this.workingTime = workingTime;
		this.clock = clock;
	}

	/** The facilities the query asks for, nearest first when it has a point, else by id. */
	public List<FacilityHit> search(FacilityQuery query) {
		if (query.openAt() == null) {
			return store.search(query, null, 0);
		}
		LocalDateTime local = LocalDateTime.ofInstant(query.openAt(), workingTime.zone());
		return store.search(query, f -> isOpen(f, local), MAX_SCANNED);
	}

	public Optional<Facility> find(long id) {
		return store.find(id);
	}

	/** Whether the facility is open at the instant (its hours, the public holidays, its exceptions on dates). */
	public boolean isOpen(Facility facility, Instant at) {
		return isOpen(facility, LocalDateTime.ofInstant(at, workingTime.zone()));
	}

	/** Whether a parking lot is open to the public free now under its sharing hours (错时开放). */
	public boolean isShared(Facility facility, Instant at) {
		return facility.parking() != null && facility.parking().sharingHours() != null
				&& facility.parking().sharingHours().isOpenAt(LocalDateTime.ofInstant(at, workingTime.zone()),
						holidays::isHoliday);
	}

	private boolean isOpen(Facility facility, LocalDateTime local) {
		return facility.hours().isOpenAt(local, holidays::isHoliday);
	}

	public Instant now() {
		return clock.instant();
	}

	/** Clusters of the query's facilities (its types, box, availability) in square cells of about {@code cellMetres}. */
	public List<Cluster> clusters(FacilityQuery query, double cellMetres) {
		return aggregates.clusters(query, cellMetres);
	}

	/** Charging coverage (充电覆盖) under a region: per community (or town where communities are not mapped). */
	public List<Coverage> chargingCoverage(String regionCodePrefix) {
		return aggregates.chargingCoverage(regionCodePrefix);
	}

	/** A cluster of facilities on the map: how many, where their centre is, and the box they span. */
	public record Cluster(int count, double lat, double lon, BoundingBox bounds, Long onlyId) {
	}

	/** Charging stations and ports of one community (or town), with how many ports are free now. */
	public record Coverage(String regionCode, int stations, int ports, int acPorts, int dcPorts, int freePorts) {
	}
}
