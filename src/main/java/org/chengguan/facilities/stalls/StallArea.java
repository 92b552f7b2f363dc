package org.chengguan.facilities.stalls;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.chengguan.facilities.FacilityType;
import org.chengguan.facilities.OpeningHours;

/**
 * A stall-like facility as pitch applications see it: its pitches (摊位, numbered 1 to {@code pitches}), the goods
 * allowed there, its opening hours (the time windows, with its season as dates where it has one) and the street it
 * lies in, whose officers decide.
 *
 * @param pitches the number of pitches; 0 when the facility's data gives none
 * @param streetCode null only outside the mapped city
 */
public record StallArea(long id, String name, FacilityType type, String streetCode, String communityCode,
		OpeningHours hours, int pitches, List<String> goods) {

	/**
	 * The types a vendor applies to: temporary stall areas, early/night markets, seasonal produce stalls. Outdoor
	 * display zones (特色外摆) are for shops, and farmers' markets let their pitches themselves.
	 */
	public static final Set<FacilityType> TYPES = EnumSet.of(FacilityType.STALL_AREA, FacilityType.EARLY_NIGHT_MARKET,
			FacilityType.SEASONAL_STALL);

	public StallArea {
		goods = goods == null ? List.of() : List.copyOf(goods);
	}

	/** Whether vendors apply for pitches of facilities of this type. */
	public static boolean takesApplications(FacilityType type) {
		return TYPES.contains(type);
	}
}
