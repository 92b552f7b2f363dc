package org.chengguan.facilities.displays;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.chengguan.facilities.OpeningHours;
import org.chengguan.geo.Crs;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.PhoneNumber;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.UnprocessableException;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;

/**
 * What an outdoor display application must say ({@link #check}: the request's own faults, a 400 listing all) and what
 * the place and the calendar allow ({@link #place}: a 422 listing all): the shop inside the city's streets, the zone
 * small and near the shop, the period from today and not too long.
 */
final class OutdoorDisplayRules {

	static final int MAX_DAYS = 184;

	static final int MAX_DAYS_AHEAD = 180;

	static final double MAX_AREA = 200;

	static final double MAX_REACH = 50;

	private OutdoorDisplayRules() {
	}

	/** A well-formed request's shop (WGS-84) and zone. */
	record Checked(GeoPoint shop, DisplayZone zone) {
	}

	/**
	 * @throws InvalidInputException (400) listing every fault of the request itself
	 */
	static Checked check(NewOutdoorDisplay request) {
		List<String> faults = new ArrayList<>();
		if (request.shopName() == null || request.shopName().isEmpty() || request.shopName().length() > 60) {
			faults.add("shopName: the shop's name, 1–60 characters");
		}
		if (LicenceNumber.parse(request.licenceNumber()).isEmpty()) {
			faults.add("licenceNumber: the 18-character unified social credit code (统一社会信用代码) with its check "
					+ "character");
		}
		if (PhoneNumber.parse(request.contactPhone()).isEmpty()) {
			faults.add("contactPhone: a mainland mobile number of 11 digits starting 13–19");
		}
		if (request.displayed() == null || request.displayed().isEmpty() || request.displayed().length() > 200) {
			faults.add("displayed: what will be displayed, 1–200 characters");
		}
		if (!request.dailyHours().matches("\\d{2}:\\d{2}-\\d{2}:\\d{2}") || !parses(request.dailyHours())) {
			faults.add("dailyHours: a daily window such as 10:00-22:00, was '" + request.dailyHours() + "'");
		}
		if (request.from() == null || request.to() == null) {
			faults.add("from, to: the first and the last day (yyyy-MM-dd) are required");
		}
		else if (request.to().isBefore(request.from())) {
			faults.add("to: the last day " + request.to() + " is before the first day " + request.from());
		}
		GeoPoint shop = null;
		Crs crs = Crs.WGS84;
		try {
			crs = request.crs() == null || request.crs().isBlank() ? Crs.WGS84 : Crs.parse(request.crs());
		}
		catch (IllegalArgumentException e) {
			faults.add("crs: " + e.getMessage());
		}
		try {
			if (request.shopLat() == null || request.shopLon() == null) {
				faults.add("shopLat, shopLon: the shop's location is required");
			}
			else {
				shop = crs.toWgs84(request.shopLat(), request.shopLon());
			}
		}
		catch (IllegalArgumentException e) {
			faults.add("shopLat, shopLon: " + e.getMessage());
		}
		DisplayZone zone = null;
		if (shop != null) {
			try {
				zone = zone(request, shop, crs);
			}
			catch (IllegalArgumentException e) {
				faults.add("zone: " + e.getMessage());
			}
		}
		if (!faults.isEmpty()) {
			throw new InvalidInputException("Invalid outdoor display application: " + String.join("; ", faults), faults);
		}
		return new Checked(shop, zone);
	}

	/**
	 * Where the shop lies; refuses what the place or the calendar do not allow.
	 *
	 * @throws UnprocessableException (422) listing every refusal
	 */
	static Location place(NewOutdoorDisplay request, Checked checked, RegionDirectory regions, LocalDate today) {
		GeoPoint shop = checked.shop();
		DisplayZone zone = checked.zone();
		List<String> faults = new ArrayList<>();
		Location location = regions.locate(shop).orElse(null);
		if (location == null) {
			faults.add("shopLat, shopLon: the shop lies outside the city's mapped streets");
		}
		if (zone.areaSquareMetres() > MAX_AREA) {
			faults.add("zone: at most " + (int) MAX_AREA + " m², was " + Math.round(zone.areaSquareMetres()) + " m²");
		}
		if (zone.reachFrom(shop) > MAX_REACH) {
			faults.add("zone: every corner within " + (int) MAX_REACH + " m of the shop, the farthest was "
					+ Math.round(zone.reachFrom(shop)) + " m");
		}
		if (request.from().isBefore(today)) {
			faults.add("from: " + request.from() + " is in the past (today is " + today + ")");
		}
		if (request.from().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
			faults.add("from: a period starts at most " + MAX_DAYS_AHEAD + " days ahead");
		}
		long days = ChronoUnit.DAYS.between(request.from(), request.to()) + 1;
		if (days > MAX_DAYS) {
			faults.add("to: a period is at most " + MAX_DAYS + " days, was " + days);
		}
		if (!faults.isEmpty()) {
			throw new UnprocessableException("The outdoor display application cannot be accepted: "
					+ String.join("; ", faults), faults);
		}
		return location;
	}

	private static boolean parses(String hours) {
		try {
			OpeningHours.parse(hours);
			return true;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static DisplayZone zone(NewOutdoorDisplay request, GeoPoint shop, Crs crs) {
		if ((request.zone() == null) == (request.rectangle() == null)) {
			throw new IllegalArgumentException("give either zone (its corners as [lon, lat]) or rectangle (width, "
					+ "depth, facing), not both");
		}
		if (request.rectangle() != null) {
			var r = request.rectangle();
			if (r.width() == null || r.depth() == null || r.facing() == null || r.width() <= 0 || r.depth() <= 0) {
				throw new IllegalArgumentException("a rectangle needs width and depth in metres (> 0) and facing in "
						+ "degrees from north");
			}
			return DisplayZone.inFrontOf(shop, r.width(), r.depth(), r.facing());
		}
		List<GeoPoint> corners = new ArrayList<>();
		for (List<Double> position : request.zone()) {
			if (position == null || position.size() != 2 || position.get(0) == null || position.get(1) == null) {
				throw new IllegalArgumentException("each corner is [lon, lat]");
			}
			corners.add(crs.toWgs84(position.get(1), position.get(0)));
		}
		return DisplayZone.of(corners);
	}
}
