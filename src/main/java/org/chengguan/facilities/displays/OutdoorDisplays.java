package org.chengguan.facilities.displays;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.chengguan.facilities.stalls.PitchDeciders;
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
		OutdoorDisplayRules.Checked wellFormed = OutdoorDisplayRules.check(request);
		Location location = OutdoorDisplayRules.place(request, wellFormed, regions, today());
		GeoPoint shop = wellFormed.shop();
		DisplayZone zone = wellFormed.zone();
		var created = new OutdoorDisplay(null, 0, actor.userId(), request.shopName(),
				LicenceNumber.parse(request.licenceNumber()).orElseThrow().value(), request.shopAddress(),
				PhoneNumber.parse(request.contactPhone()).orElseThrow().value(), shop, location.street().code(),
				location.community().map(c -> c.code()).orElse(null), zone.geoJson(), zone.areaSquareMetres(),
				request.from(), request.to(), request.dailyHours(), request.displayed(), OutdoorDisplayState.PENDING, null,
				clock.instant(), null, null, null);
		long id = transaction.execute(status -> {
			if (store.overlappingApproved(zone, request.from(), request.to()) > 0) {
				throw new ConflictException("The zone overlaps an approved outdoor display for a day of this period; "
						+ "choose another place or other days.");
			}
			return store.insert(created, zone);
		});
		return store.find(id).orElseThrow();
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
