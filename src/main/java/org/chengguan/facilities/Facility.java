package org.chengguan.facilities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.chengguan.geo.GeoPoint;

/**
 * A facility (便民设施) as the map shows it. The type-specific parts are null for other types.
 *
 * @param code the source's identifier (an import's, or the demo generator's)
 * @param streetCode the street or town (街道/镇) the location lies in; null only outside the mapped city
 * @param communityCode the community (社区) the location lies in; null where communities are not mapped
 * @param liveUpdatedAt when the live state (free spaces, ports) last changed; null if never fed
 */
public record Facility(long id, String code, String name, FacilityType type, GeoPoint location, String address,
		String streetCode, String communityCode, OpeningHours hours, List<String> features, String contact,
		Parking parking, Charging charging, Stalls stalls, Instant liveUpdatedAt) {

	/**
	 * 停车场.
	 *
	 * @param freeSpaces free spaces now, as the gate system last said; null if never fed
	 * @param governmentLot a government lot (党政机关事业单位停车场) opened to the public free in {@code sharingHours}
	 *        (错时开放); null sharing hours: not shared
	 */
	public record Parking(int capacity, Integer freeSpaces, String fee, boolean governmentLot,
			OpeningHours sharingHours) {
	}

	/**
	 * 充电桩群: its ports and how many are free now.
	 *
	 * @param ports every port with its state on a single facility's answer; empty in lists
	 */
	public record Charging(int portsTotal, int portsFreeAc, int portsFreeDc, List<Port> ports) {

		public int portsFree() {
			return portsFreeAc + portsFreeDc;
		}
	}

	/** A charging port (充电接口): numbered from 1 within its station. */
	public record Port(int number, PortKind kind, BigDecimal powerKw, PortState state, Instant updatedAt) {
	}

	/** The pitches (摊位) of a stall area or market, and the goods allowed there. */
	public record Stalls(Integer pitches, List<String> goods) {
	}
}
