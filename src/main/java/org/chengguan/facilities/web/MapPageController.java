package org.chengguan.facilities.web;

import java.util.List;

import org.chengguan.facilities.FacilityType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public convenience map (便民服务地图): no sign-in. The page is a shell; {@code static/js/facilities-map.js} fills it
 * from the public facilities API, so the page and the API always show the same answer.
 */
@Controller
class MapPageController {

	/** The types in the order of the picker: what citizens look for most comes first. */
	static final List<FacilityType> PICKER = List.of(FacilityType.PUBLIC_TOILET, FacilityType.PARKING,
			FacilityType.EV_CHARGING, FacilityType.FARMERS_MARKET, FacilityType.STALL_AREA,
			FacilityType.EARLY_NIGHT_MARKET, FacilityType.CONVENIENCE_POINT, FacilityType.SEASONAL_STALL,
			FacilityType.OUTDOOR_DISPLAY, FacilityType.STATION);

	/** The texts the script needs, from the bundle {@code i18n/facilities} (keys after {@code facilities.js.}). */
	static final List<String> SCRIPT_TEXTS = List.of("metres", "kilometres", "walk", "open", "closed", "hours",
			"hoursAllDay", "hoursWords", "distance", "features", "contact", "address", "capacity", "capacityLabel", "freeSpaces", "freeLabel", "freeUnknown", "fee",
			"sharing", "sharedNow", "sharedLater", "ports", "portsFree", "portRow", "freePorts", "AC", "DC", "pitches", "pitchesLabel", "goods",
			"none", "loading", "failed", "count", "whereDevice", "whereTap", "whereFallback", "whereDenied",
			"whereOutside", "cluster", "close", "liveAt", "officerTitle", "officerMore", "officerNone", "supervision",
			"reportFault", "openReports", "noOpenReports");

	private final MapView map;

	MapPageController(@Value("${chengguan.map.tile-url:}") String tileUrl,
			@Value("${chengguan.map.tile-attribution:}") String tileAttribution,
			@Value("${chengguan.map.max-zoom:19}") int maxZoom, @Value("${chengguan.map.centre-lat:33.955}") double lat,
			@Value("${chengguan.map.centre-lon:116.798}") double lon) {
		this.map = new MapView(tileUrl, tileAttribution, maxZoom, lat, lon);
	}

	/**
	 * The settings the page's map is drawn with (chengguan.map, the same the other pages' maps use): tiles only when a
	 * URL is set, and the city centre as the fixed fallback point when the device's position is not known.
	 */
	record MapView(String tileUrl, String tileAttribution, int maxZoom, double centreLat, double centreLon) {
	}

	@GetMapping("/map")
	String map(Model model) {
		model.addAttribute("map", map);
		model.addAttribute("types", PICKER);
		model.addAttribute("texts", SCRIPT_TEXTS);
		model.addAttribute("features", List.of("accessible", "baby-room", "ev-spaces", "shared-off-peak",
				"parking-fee-waived", "water", "phone-charging", "rest"));
		return "facilities/map";
	}
}
