package org.chengguan.facilities.stalls;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.chengguan.identity.Actor;
import org.chengguan.identity.PhoneNumber;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.platform.UnprocessableException;
import org.chengguan.regions.RegionDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Vendor registration (摊贩登记), the use cases: a citizen registers once (and corrects a pending or rejected
 * registration); an officer of the street registered in verifies it or rejects it with a reason, over the version
 * read, so of two decisions at once one wins and the other is a 409. A pitch application needs a verified one
 * ({@link #requireVerified}).
 */
@Service
public class VendorRegistrations {

	static final int MAX_NAME = 40;

	static final int MAX_GOODS = 10;

	static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

	private final VendorStore store;

	private final RegionDirectory regions;

	private final TransactionTemplate transaction;

	private final Clock clock;

	VendorRegistrations(VendorStore store, RegionDirectory regions, PlatformTransactionManager transactions,
			Clock clock) {
		this.store = store;
		this.regions = regions;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * A citizen registers as a vendor, or corrects their pending or rejected registration (then pending again).
	 *
	 * @throws ForbiddenException (403) unless the actor is a citizen
	 * @throws InvalidInputException (400) listing every fault of the details
	 * @throws ConflictException (409) once verified (it cannot change), or if the ID card number is another
	 *         registration's
	 */
	public VendorRegistration register(Actor actor, NewVendorRegistration details) {
		requireCitizen(actor);
		List<String> errors = faults(details);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("Invalid vendor registration: " + String.join("; ", errors), errors);
		}
		var normalised = new NewVendorRegistration(details.name(),
				PhoneNumber.parse(details.phone()).orElseThrow().value(),
				IdCardNumber.parse(details.idNumber()).orElseThrow().value(), details.goods(), details.streetCode());
		long id = transaction.execute(status -> {
			Optional<VendorRegistration> existing = store.byUser(actor.userId());
			if (existing.isEmpty()) {
				return store.insert(VendorRegistration.register(actor.userId(), normalised, clock.instant()));
			}
			VendorRegistration v = existing.get();
			v.resubmit(normalised, clock.instant());
			if (!store.update(v)) {
				throw new ConflictException("Your vendor registration was changed meanwhile; read it and try again.");
			}
			return v.id();
		});
		return store.find(id).orElseThrow();
	}

	/** Every fault of the details, in words (empty: none). */
	public List<String> faults(NewVendorRegistration d) {
		List<String> errors = new ArrayList<>();
		if (d.name() == null || d.name().isEmpty() || d.name().length() > MAX_NAME) {
			errors.add("name: the vendor's name, 1–" + MAX_NAME + " characters");
		}
		if (PhoneNumber.parse(d.phone()).isEmpty()) {
			errors.add("phone: a mainland mobile number of 11 digits starting 13–19");
		}
		if (IdCardNumber.parse(d.idNumber()).isEmpty()) {
			errors.add("idNumber: an 18-character resident ID card number with a valid check digit");
		}
		if (d.goods().isEmpty() || d.goods().size() > MAX_GOODS) {
			errors.add("goods: name 1–" + MAX_GOODS + " kinds of goods you sell");
		}
		for (String g : d.goods()) {
			if (g.length() > PitchRequestRules.MAX_GOODS_LENGTH) {
				errors.add("goods: each is at most " + PitchRequestRules.MAX_GOODS_LENGTH + " characters, was '" + g + "'");
			}
		}
		if (d.streetCode() == null || !d.streetCode().matches("\\d{9}")
				|| regions.region(d.streetCode()).isEmpty()) {
			errors.add("streetCode: the 9-digit code of a street (街道) or town of the city, was '" + d.streetCode() + "'");
		}
		return errors;
	}

	/**
	 * Stores the vendor's photo (证件照) on their own registration: JPEG or PNG, at most 2 MB.
	 *
	 * @throws NotFoundException (404) if the citizen has not registered
	 * @throws InvalidInputException (400) for an empty or oversized file; 422 for a file that is no JPEG or PNG
	 */
	public void photo(Actor actor, byte[] bytes) {
		requireCitizen(actor);
		VendorRegistration v = mine(actor)
			.orElseThrow(() -> new NotFoundException("Register as a vendor first (PUT /api/v1/vendors/me)."));
		if (bytes == null || bytes.length == 0 || bytes.length > MAX_PHOTO_BYTES) {
			throw new InvalidInputException("photo: a JPEG or PNG file of at most 2 MB");
		}
		String type = bytes.length > 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 ? "image/jpeg"
				: bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
						? "image/png" : null;
		if (type == null) {
			throw new UnprocessableException("photo: the file is no JPEG or PNG image (judged by its content)",
					List.of("photo: JPEG or PNG"));
		}
		store.photo(v.id(), bytes, type);
	}

	/** The photo of a registration the actor may read ({@link #get}). */
	public Optional<VendorPhoto> photo(Actor actor, long id) {
		get(actor, id);
		return store.photo(id);
	}

	/** The actor's own registration, if any. */
	public Optional<VendorRegistration> mine(Actor actor) {
		return store.byUser(actor.userId());
	}

	/**
	 * One registration, for the vendor and the officers of its street.
	 *
	 * @throws ForbiddenException (403) for anyone else
	 */
	public VendorRegistration get(Actor actor, long id) {
		VendorRegistration v = find(id);
		if (!isOwner(actor, v) && !mayDecide(actor, v)) {
			throw new ForbiddenException("a vendor registration is shown to the vendor and the officers of its street only");
		}
		return v;
	}

	/** Whether the actor is the registered vendor, who alone sees the phone and the ID card number in full. */
	public static boolean isOwner(Actor actor, VendorRegistration v) {
		return actor.isCitizen() && actor.userId() == v.userId();
	}

	public boolean mayDecide(Actor actor, VendorRegistration v) {
		return PitchDeciders.refusal(actor, v.streetCode(), "a vendor registration", "the registration").isEmpty();
	}

	/**
	 * The registrations an officer decides (their street's), in a state or all.
	 *
	 * @throws ForbiddenException (403) unless an officer with a scope
	 */
	public List<VendorRegistration> toDecide(Actor actor, VendorState state, int limit) {
		String prefix = PitchDeciders.streetPrefix(actor);
		if (prefix == null) {
			throw new ForbiddenException("vendor registrations are listed for the officers (OFFICER, 社区城管队员) of "
					+ "their street; a citizen reads their own at /api/v1/vendors/me");
		}
		return store.inStreets(prefix, state, Math.max(1, Math.min(limit, PitchApplications.MAX_LIST)));
	}

	/** The registrations of these citizens (for officers' pages that show who holds a pitch). */
	public Map<Long, VendorRegistration> byUsers(List<Long> userIds) {
		Map<Long, VendorRegistration> found = new java.util.HashMap<>();
		store.byUsers(userIds).forEach(v -> found.put(v.userId(), v));
		return found;
	}

	/**
	 * 核验通过 by an officer of the street.
	 *
	 * @param expectedVersion optional: the version the officer read; another one is a 409
	 * @throws ConflictException (409) if it is no longer pending or changed since it was read
	 */
	public VendorRegistration verify(Actor actor, long id, Integer expectedVersion) {
		return decide(actor, id, expectedVersion, v -> v.verify(actor.userId(), clock.instant()));
	}

	/**
	 * 不予通过 by an officer of the street, saying why (1–500 characters).
	 *
	 * @throws InvalidInputException (400) without a reason
	 */
	public VendorRegistration reject(Actor actor, long id, String reason, Integer expectedVersion) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > PitchApplications.MAX_REASON_LENGTH) {
			throw new InvalidInputException("reason: say why, in 1–" + PitchApplications.MAX_REASON_LENGTH
					+ " characters", List.of("reason: required"));
		}
		return decide(actor, id, expectedVersion, v -> v.reject(actor.userId(), why, clock.instant()));
	}

	private VendorRegistration decide(Actor actor, long id, Integer expectedVersion,
			Consumer<VendorRegistration> decision) {
		long done = transaction.execute(status -> {
			VendorRegistration v = find(id);
			PitchDeciders.refusal(actor, v.streetCode(), "a vendor registration", "the registration " + id)
				.ifPresent(reason -> {
					throw new ForbiddenException(reason);
				});
			if (expectedVersion != null && expectedVersion != v.version()) {
				throw stale(v);
			}
			decision.accept(v);
			if (!store.update(v)) {
				throw stale(find(id));
			}
			return v.id();
		});
		return store.find(done).orElseThrow();
	}

	private static ConflictException stale(VendorRegistration now) {
		return new ConflictException("Vendor registration " + now.id() + " was changed meanwhile: it is " + now.state()
				+ " now (version " + now.version() + ").",
				Map.of("currentState", now.state().name(), "currentVersion", now.version()));
	}

	/**
	 * Refuses a pitch application of a citizen who is not a verified vendor; call it inside the transaction that
	 * stores the application (it locks the registration's row for share).
	 *
	 * @throws ForbiddenException (403) saying what the citizen must do first
	 */
	void requireVerified(long userId) {
		VendorState state = store.stateLocked(userId).orElseThrow(() -> new ForbiddenException(
				"a pitch is applied for by a registered vendor: register first (摊贩登记, PUT /api/v1/vendors/me or the "
						+ "page /citizen/vendor) and wait for an officer of your street to verify it"));
		if (state != VendorState.VERIFIED) {
			throw new ForbiddenException("your vendor registration is " + state + (state == VendorState.PENDING
					? ": an officer of your street has not verified it yet" : ": correct it and submit it again")
					+ "; a pitch is applied for by a verified vendor");
		}
	}

	private VendorRegistration find(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("There is no vendor registration " + id + "."));
	}

	private static void requireCitizen(Actor actor) {
		if (!actor.isCitizen()) {
			throw new ForbiddenException("a citizen registers as a vendor (摊贩登记), not staff");
		}
	}
}
