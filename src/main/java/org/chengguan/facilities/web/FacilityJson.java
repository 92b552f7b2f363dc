package org.chengguan.facilities.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.chengguan.facilities.Facility;
import org.chengguan.facilities.FacilityDirectory;
import org.chengguan.facilities.FacilityHit;
import org.chengguan.facilities.FacilityType;
import org.chengguan.facilities.PortKind;
import org.chengguan.facilities.PortState;

/**
 * A facility as the API serves it; WGS-84 coordinates; distances in metres to 0.1 m. {@code faultCategory} is the
 * catalogue category a report of a fault here is filed under (null where none fits); {@code openReports}, on a single
 * facility's answer only, how many citizens' reports about it are open now (a count, nothing about who).
 */
record FacilityJson(long id, String code, String name, FacilityType type, double lat, double lon,
		Double distanceMetres, String address, String streetCode, String communityCode, String hours, boolean openNow,
		List<String> features, String contact, ParkingJson parking, ChargingJson charging, StallsJson stalls,
		Instant liveUpdatedAt, String faultCategory, Long openReports) {

	record ParkingJson(int capacity, Integer freeSpaces, String fee, boolean governmentLot, String sharingHours,
			boolean sharedNow) {
	}

	record ChargingJson(int portsTotal, int portsFree, int portsFreeAc, int portsFreeDc, List<PortJson> ports) {
	}

	record PortJson(int port, PortKind kind, BigDecimal powerKw, PortState state, Instant updatedAt) {
	}

	record StallsJson(Integer pitches, List<String> goods) {
	}

	static FacilityJson of(FacilityHit hit, FacilityDirectory directory, Instant now) {
		Facility f = hit.facility();
		ParkingJson parking = f.parking() == null ? null
				: new ParkingJson(f.parking().capacity(), f.parking().freeSpaces(), f.parking().fee(),
						f.parking().governmentLot(),
						f.parking().sharingHours() == null ? null : f.parking().sharingHours().text(),
						directory.isShared(f, now));
		ChargingJson charging = f.charging() == null ? null
				: new ChargingJson(f.charging().portsTotal(), f.charging().portsFree(), f.charging().portsFreeAc(),
						f.charging().portsFreeDc(), f.charging().ports().isEmpty() ? null
								: f.charging().ports().stream()
									.map(p -> new PortJson(p.number(), p.kind(), p.powerKw(), p.state(), p.updatedAt()))
									.toList());
		StallsJson stalls = f.stalls() == null ? null : new StallsJson(f.stalls().pitches(), f.stalls().goods());
		Double distance = hit.distanceMetres() == null ? null : Math.round(hit.distanceMetres() * 10) / 10.0;
		return new FacilityJson(f.id(), f.code(), f.name(), f.type(), f.location().lat(), f.location().lon(), distance,
				f.address(), f.streetCode(), f.communityCode(), f.hours().text(), directory.isOpen(f, now),
				f.features(), f.contact(), parking, charging, stalls, f.liveUpdatedAt(), f.type().faultCategory(), null);
	}

	/** The same answer with the count of open reports about the facility. */
	FacilityJson withOpenReports(long count) {
		return new FacilityJson(id, code, name, type, lat, lon, distanceMetres, address, streetCode, communityCode,
				hours, openNow, features, contact, parking, charging, stalls, liveUpdatedAt, faultCategory, count);
	}
}
