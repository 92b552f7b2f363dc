package org.chengguan.commerce.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.chengguan.geo.Crs;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.platform.UnprocessableException;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and editing merchants (商户) and their storefront responsibility agreements (门前责任书). A shop is
 * located to its grid and community by the regions module, as a case is at intake: a point outside the city is a
 * 422. Each command is one transaction.
 */
@Service
public class Merchants {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Pattern LICENCE = Pattern.compile("[0-9A-Z]{8,30}");

	private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9X]");

	private final MerchantStore store;

	private final RegionDirectory regions;

	private final Actors actors;

	private final Clock clock;

	Merchants(MerchantStore store, RegionDirectory regions, Actors actors, Clock clock) {
		this.store = store;
		this.regions = regions;
		this.actors = actors;
		this.clock = clock;
	}

	/** Registers a shop; 400 for missing or malformed fields, 422 outside the city, 409 for a licence taken. */
	@Transactional
	public Merchant register(Actor actor, NewMerchant request) {
		MerchantStore.Row row = row(request);
		CommerceAccess.requireManager(actor, row.regionCode());
		if (store.licenceTaken(row.licenceNumber(), 0)) {
			throw new ConflictException("another merchant has the licence number " + row.licenceNumber());
		}
		try {
			return store.find(store.insert(row, clock.instant())).orElseThrow();
		}
		catch (DuplicateKeyException e) {
			// registered by someone else between the check and the insert
			throw new ConflictException("another merchant has the licence number " + row.licenceNumber());
		}
	}

	/** Edits a shop at the version the client read; 409 if it changed meanwhile. */
	@Transactional
	public Merchant edit(Actor actor, long id, int expectedVersion, NewMerchant request) {
		Merchant current = require(id);
		CommerceAccess.requireManager(actor, current.regionCode());
		MerchantStore.Row row = row(request);
		CommerceAccess.requireManager(actor, row.regionCode());
		if (store.licenceTaken(row.licenceNumber(), id)) {
			throw new ConflictException("another merchant has the licence number " + row.licenceNumber());
		}
		boolean updated;
		try {
			updated = store.update(id, expectedVersion, row);
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("another merchant has the licence number " + row.licenceNumber());
		}
		if (!updated) {
			throw new ConflictException("the merchant changed since you read it: reload it and edit again",
					Map.of("currentVersion", current.version()));
		}
		return require(id);
	}

	/** A merchant as staff of its region may see it (owner's data in full). */
	public Merchant get(Actor actor, long id) {
		Merchant m = require(id);
		CommerceAccess.requireReader(actor, m.regionCode());
		return m;
	}

	/** A merchant the actor owns (their own shop's self-service part). */
	public Merchant owned(Actor actor, long id) {
		Merchant m = require(id);
		if (m.ownerUserId() == null || m.ownerUserId() != actor.userId()) {
			throw new ForbiddenException("this is not your shop");
		}
		return m;
	}

	public List<Merchant> mine(Actor actor) {
		return store.ownedBy(actor.userId());
	}

	/** Merchants within the actor's scope (narrowed to {@code regionCode} within it). */
	public List<Merchant> list(Actor actor, String regionCode, String q, int limit) {
		if (!CommerceAccess.isStaff(actor) || actor.scopeRegionCode() == null) {
			throw new ForbiddenException("merchant lists are for staff");
		}
		String region = regionCode == null || regionCode.isBlank() ? actor.scopeRegionCode() : regionCode.strip();
		if (!actor.covers(region)) {
			throw new ForbiddenException("the region " + region + " lies outside your scope " + actor.scopeRegionCode());
		}
		return store.list(region, q, Math.max(1, Math.min(limit, 500)));
	}

	public Merchant require(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("No merchant has the id " + id + "."));
	}

	/**
	 * Records the signed agreement: a signature date (not in the future) and at least one duty; 400 otherwise and
	 * nothing saved. Signing again replaces the agreement.
	 */
	@Transactional
	public Agreement sign(Actor actor, long merchantId, LocalDate signedOn, List<String> duties) {
		Merchant m = require(merchantId);
		CommerceAccess.requireManager(actor, m.regionCode());
		List<String> errors = new ArrayList<>();
		if (signedOn == null) {
			errors.add("signedOn is required: an agreement without a signature date is not signed");
		}
		else if (signedOn.isAfter(LocalDate.now(clock.withZone(ZONE)))) {
			errors.add("signedOn " + signedOn + " lies in the future");
		}
		EnumSet<Duty> ticked = EnumSet.noneOf(Duty.class);
		for (String duty : duties == null ? List.<String>of() : duties) {
			try {
				ticked.add(Duty.valueOf(duty.strip()));
			}
			catch (IllegalArgumentException | NullPointerException e) {
				errors.add("duty '" + duty + "' is none of " + List.of(Duty.values()));
			}
		}
		if (ticked.isEmpty() && errors.stream().noneMatch(e -> e.startsWith("duty"))) {
			errors.add("duties: tick at least one of " + List.of(Duty.values()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(String.join("; ", errors), errors);
		}
		Agreement agreement = new Agreement(signedOn, List.copyOf(ticked), actor.userId(), clock.instant());
		store.saveAgreement(merchantId, agreement);
		return agreement;
	}

	private MerchantStore.Row row(NewMerchant r) {
		List<String> errors = new ArrayList<>();
		String name = required(r.name(), "name", 100, errors);
		String licence = required(r.licenceNumber(), "licenceNumber", 30, errors);
		if (licence != null && !LICENCE.matcher(licence).matches()) {
			errors.add("licenceNumber is 8–30 digits or capital letters (统一社会信用代码)");
		}
		String category = required(r.businessCategory(), "businessCategory", 50, errors);
		String ownerName = required(r.ownerName(), "ownerName", 50, errors);
		String phone = required(r.ownerPhone(), "ownerPhone", 20, errors);
		if (phone != null && !MOBILE.matcher(phone).matches()) {
			errors.add("ownerPhone is a mobile number of 11 digits");
		}
		String idNumber = r.ownerIdNumber() == null || r.ownerIdNumber().isBlank() ? null : r.ownerIdNumber().strip();
		if (idNumber != null && !ID_NUMBER.matcher(idNumber).matches()) {
			errors.add("ownerIdNumber is an ID card number of 18 characters");
		}
		String address = required(r.address(), "address", 200, errors);
		String frontage = r.frontage() == null ? "" : r.frontage().strip();
		if (frontage.length() > 500) {
			errors.add("frontage has at most 500 characters");
		}
		if (r.frontageMetres() != null && (r.frontageMetres() < 1 || r.frontageMetres() > 1000)) {
			errors.add("frontageMetres is 1–1000");
		}
		GeoPoint point = null;
		if (r.lat() == null || r.lon() == null) {
			errors.add("lat and lon are required: where is the shop?");
		}
		else {
			try {
				point = Crs.parse(r.crs() == null ? "wgs84" : r.crs()).toWgs84(r.lat(), r.lon());
			}
			catch (IllegalArgumentException e) {
				errors.add(e.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(String.join("; ", errors), errors);
		}
		if (r.ownerUserId() != null && actors.byId(r.ownerUserId()).filter(Actor::isCitizen).isEmpty()) {
			throw new UnprocessableException("ownerUserId " + r.ownerUserId() + " is no citizen's account: the owner "
					+ "signs in as a CITIZEN", List.of("ownerUserId is no citizen"));
		}
		GeoPoint at = point;
		Location location = regions.locate(at).orElseThrow(() -> new UnprocessableException("The point (" + at.lat()
				+ ", " + at.lon() + ") lies outside the city: merchants are registered inside its districts only.",
				List.of("location outside the city")));
		return new MerchantStore.Row(name, licence, category, ownerName, phone, idNumber, r.ownerUserId(), address, at,
				location.finest().code(), location.community().map(c -> c.code()).orElse(null),
				location.street().code(), frontage, r.frontageMetres(), r.complexId());
	}

	private static String required(String value, String field, int max, List<String> errors) {
		String v = value == null ? "" : value.strip();
		if (v.isEmpty()) {
			errors.add(field + " is required");
			return null;
		}
		if (v.length() > max) {
			errors.add(field + " has at most " + max + " characters");
		}
		return v;
	}
}
