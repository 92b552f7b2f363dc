package org.chengguan.facilities.displays;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.chengguan.facilities.OpeningHours;
import org.chengguan.facilities.stalls.PitchDeciders;
import org.chengguan.geo.Crs;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.PhoneNumber;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.platform.UnprocessableException;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.worktime.WorkingTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outdoor display applications (特色外摆), the use cases: a citizen applies for their shop with a zone in front of it
 * and a period; an officer of the shop's street approves or rejects it, over the version read (of two decisions at
 * once one wins, the other is a 409). An approval puts the display on the public map as an OUTDOOR_DISPLAY facility
 * in the same transaction; two approved displays never share area on a common day (the database's exclusion
 * constraint, so of two approvals at once one wins).
 */
@Service
public class OutdoorDisplays {

	static final int MAX_DAYS = 184;

	static final int MAX_DAYS_AHEAD = 180;

	static final double MAX_AREA = 200;

	static final double MAX_REACH = 50;

	static final int MAX_LIST = 500;

	private final OutdoorDisplayStore store;

	private final RegionDirectory regions;

	private final WorkingTime workingTime;

	private final TransactionTemplate transaction;

	private final Clock clock;

	OutdoorDisplays(OutdoorDisplayStore store, RegionDirectory regions, WorkingTime workingTime,
			PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.regions = regions;
		this.workingTime = workingTime;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), workingTime.zone());
	}

	/**
	 * A citizen applies for their shop's outdoor display.
	 *
	 * @throws ForbiddenException (403) unless a citizen
	 * @throws InvalidInputException (400) listing every fault of the request; 422 ({@link UnprocessableException})
	 *         for a shop outside the city, a zone too large or too far from the shop, a period in the past
	 * @throws ConflictException (409) if the zone overlaps an approved display for a common day
	 */
	public OutdoorDisplay apply(Actor actor, NewOutdoorDisplay request) {
		if (!actor.isCitizen()) {
			throw new ForbiddenException("an outdoor display is applied for by a citizen for their shop, not by staff");
		}
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
		Location location = refusals(request, shop, zone);
		var created = new OutdoorDisplay(null, 0, actor.userId(), request.shopName(),
				LicenceNumber.parse(request.licenceNumber()).orElseThrow().value(), request.shopAddress(),
				PhoneNumber.parse(request.contactPhone()).orElseThrow().value(), shop, location.street().code(),
				location.community().map(c -> c.code()).orElse(null), zone.geoJson(), zone.areaSquareMetres(),
				request.from(), request.to(), request.dailyHours(), request.displayed(), OutdoorDisplayState.PENDING, null,
				clock.instant(), null, null, null);
		DisplayZone checked = zone;
		long id = transaction.execute(status -> {
			if (store.overlappingApproved(checked, request.from(), request.to()) > 0) {
				throw new ConflictException("The zone overlaps an approved outdoor display for a day of this period; "
						+ "choose another place or other days.");
			}
			return store.insert(created, checked);
		});
		return store.find(id).orElseThrow();
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

	/** What the place and the calendar refuse (422), every fault at once; answers the shop's location. */
	private Location refusals(NewOutdoorDisplay request, GeoPoint shop, DisplayZone zone) {
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
		LocalDate today = today();
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

	/**
	 * An officer of the shop's street approves: the display goes on the public map in the same transaction.
	 *
	 * @param expectedVersion optional: the version read; another is a 409
	 * @throws ConflictException (409) if no longer pending, changed since read, or overlapping an approved display
	 */
	public OutdoorDisplay approve(Actor actor, long id, Integer expectedVersion) {
		return decide(actor, id, expectedVersion, d -> {
			OutdoorDisplay approved = d.approve(actor.userId(), clock.instant());
			// the facility first, so that the application's row is written once: a second write of an approved row
			// would check the exclusion constraint again and could deadlock with a concurrent approval
			long facility = store.addFacility(approved, approved.shop());
			approved = approved.onTheMap(facility);
			if (!store.update(approved)) {
				return null;
			}
			return approved;
		});
	}

	/**
	 * An officer of the shop's street rejects, saying why (1–500 characters).
	 *
	 * @throws InvalidInputException (400) without a reason
	 */
	public OutdoorDisplay reject(Actor actor, long id, String reason, Integer expectedVersion) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw new InvalidInputException("reason: say why, in 1–500 characters", List.of("reason: required"));
		}
		return decide(actor, id, expectedVersion, d -> {
			OutdoorDisplay rejected = d.reject(actor.userId(), why, clock.instant());
			return store.update(rejected) ? rejected : null;
		});
	}

	/** Runs a decision in one transaction; a null from the step means the row moved on: a 409. */
	private OutdoorDisplay decide(Actor actor, long id, Integer expectedVersion, UnaryOperator<OutdoorDisplay> step) {
		transaction.executeWithoutResult(status -> {
			OutdoorDisplay d = find(id);
			PitchDeciders.refusal(actor, d.streetCode(), "an outdoor display application", "the shop " + d.shopName())
				.ifPresent(reason -> {
					throw new ForbiddenException(reason);
				});
			if (expectedVersion != null && expectedVersion != d.version()) {
				throw stale(d);
			}
			if (step.apply(d) == null) {
				throw stale(find(id));
			}
		});
		return find(id);
	}

	private static ConflictException stale(OutdoorDisplay now) {
		return new ConflictException("Outdoor display application " + now.id() + " was changed meanwhile: it is "
				+ now.state() + " now (version " + now.version() + ").",
				Map.of("currentState", now.state().name(), "currentVersion", now.version()));
	}

	/**
	 * One application, for its applicant and the officers of the shop's street.
	 *
	 * @throws ForbiddenException (403) for anyone else
	 */
	public OutdoorDisplay get(Actor actor, long id) {
		OutdoorDisplay d = find(id);
		if (!(actor.isCitizen() && actor.userId() == d.applicantId()) && !mayDecide(actor, d)) {
			throw new ForbiddenException("an outdoor display application is shown to its applicant and the officers of "
					+ "the shop's street only");
		}
		return d;
	}

	public boolean mayDecide(Actor actor, OutdoorDisplay d) {
		return PitchDeciders.refusal(actor, d.streetCode(), "", "").isEmpty();
	}

	public List<OutdoorDisplay> mine(Actor actor, int limit) {
		return store.byApplicant(actor.userId(), Math.max(1, Math.min(limit, MAX_LIST)));
	}

	/**
	 * The applications an officer decides (the shops of their street).
	 *
	 * @throws ForbiddenException (403) unless an officer with a scope
	 */
	public List<OutdoorDisplay> toDecide(Actor actor, OutdoorDisplayState state, int limit) {
		String prefix = PitchDeciders.streetPrefix(actor);
		if (prefix == null) {
			throw new ForbiddenException("outdoor display applications are listed for the officers (OFFICER) of the "
					+ "shop's street; citizens list their own with mine=true");
		}
		return store.inStreets(prefix, state, Math.max(1, Math.min(limit, MAX_LIST)));
	}

	private OutdoorDisplay find(long id) {
		return store.find(id)
			.orElseThrow(() -> new NotFoundException("There is no outdoor display application " + id + "."));
	}
}
