package org.chengguan.facilities.internal;

import java.math.BigDecimal;
import java.util.List;

import org.chengguan.facilities.FacilityType;
import org.chengguan.facilities.PortKind;
import org.chengguan.facilities.PortState;

/** A facility to store (import, demo data, benchmark), already validated and located. */
public record NewFacility(String code, String name, FacilityType type, double lat, double lon, String address,
		String streetCode, String communityCode, String hours, boolean alwaysOpen, List<String> features,
		String contact, Integer capacity, Integer freeSpaces, String fee, Boolean governmentLot, String sharingHours,
		Integer pitches, List<String> goods, List<NewPort> ports, byte[] apiKeyHash) {

	public record NewPort(PortKind kind, BigDecimal powerKw, PortState state) {
	}

	int freePorts(PortKind kind) {
		return ports == null ? 0
				: (int) ports.stream().filter(p -> p.kind() == kind && p.state() == PortState.FREE).count();
	}
}
