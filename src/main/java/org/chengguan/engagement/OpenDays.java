package org.chengguan.engagement;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengguan.engagement.internal.OpenDayStore;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.PhoneNumber;
import org.chengguan.identity.Role;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.platform.UnprocessableException;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open days (「城管开放日」): staff of a region create them; the public registers, sees, cancels and rates a
 * registration by its code. A registration takes its party's seats with one conditional update of the event's row in
 * the registration's transaction, so the seats taken never pass the capacity, however many register at once, and a
 * refused registration leaves nothing behind. Refusals name their reason ({@link #REASON}).
 */
@Service
public class OpenDays {

	/** The property of a 409 problem that says why a registration was refused: FULL, CLOSED, DUPLICATE, ... */
	public static final String REASON = "reason";

	/** Staff mark attendance from this long before the start. */
	static final Duration ATTENDANCE_FROM = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(OpenDays.class);

	private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final SecureRandom random = new SecureRandom();

	private final OpenDayStore store;

	private final RegionDirectory regions;

	private final TransactionTemplate transaction;

	private final Clock clock;

	OpenDays(OpenDayStore store, RegionDirectory regions, TransactionTemplate transaction, Clock clock) {
		this.store = store;
		this.regions = regions;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Creates an open day: OFFICER, LEADER or ADMIN whose scope covers its place (403); 400 with every fault. */
	public OpenDay create(Actor actor, NewOpenDay d) {
		requireStaff(actor);
		Instant now = clock.instant();
		List<String> faults = OpenDayRules.faults(d, now);
		Instant opens = OpenDayRules.opens(d, now);
		Instant closes = OpenDayRules.closes(d);
		GeoPoint point = OpenDayRules.point(d);
		if (!faults.isEmpty()) {
			throw new InvalidInputException("The open day cannot be created: " + String.join("; ", faults), faults);
		}
		GeoPoint at = point;
		Location location = regions.locate(at).orElseThrow(() -> new UnprocessableException(
				"The point (" + at.lat() + ", " + at.lon() + ") lies outside the city.", List.of("lat, lon")));
		// the community (else the street) it lies in: open days are a community's or a street's, not a grid's
		String region = location.community().orElse(location.street()).code();
		if (!actor.covers(region)) {
			throw new ForbiddenException("the place (region " + region + ") lies outside your scope "
					+ actor.scopeRegionCode() + ": open days are created by the staff of their region");
		}
		long id = store.insert(d, at.lat(), at.lon(), region, opens, closes, actor.userId(), now);
		return store.find(id).orElseThrow();
	}

	/** The events not yet ended, soonest first: public. */
	public List<OpenDay> upcoming() {
		return store.upcoming(clock.instant(), 100);
	}

	/** An event, to anyone (its public fields hold no personal data). */
	public OpenDay get(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("No open day has the id " + id + "."));
	}

	/** The events of the actor's scope, latest first: OFFICER, LEADER, ADMIN. */
	public List<OpenDay> ofScope(Actor actor) {
		requireStaff(actor);
		return store.inRegion(actor.scopeRegionCode(), 200);
	}

	/**
	 * The faults of a registration's input, each a field name (name, phone, organisation, partySize) for pages to put
	 * in words; empty when it may be sent.
	 */
	public static List<String> faults(NewRegistration r) {
		return OpenDayRules.faults(r);
	}

	/**
	 * Registers for an open day, without an account. 400 for faulty input (every fault listed); 404 for no such
	 * event; 409 with {@code reason} FULL (with {@code seatsLeft}), NOT_OPEN, CLOSED or DUPLICATE (the phone holds a
	 * registration of this event) — and then nothing is saved.
	 */
	public Registration register(long openDayId, NewRegistration r, String remoteAddress) {
		List<String> faults = faults(r);
		if (!faults.isEmpty()) {
			throw new InvalidInputException("The registration cannot be accepted: " + String.join("; ", faults.stream()
				.map(OpenDayRules::explain).toList()), faults.stream().map(OpenDayRules::explain).toList());
		}
		String phone = PhoneNumber.parse(r.phone()).orElseThrow().value();
		String organisation = r.organisation() == null || r.organisation().isBlank() ? null : r.organisation().strip();
		Instant now = clock.instant();
		try {
			long id = transaction.execute(status -> {
				if (!store.takeSeats(openDayId, r.partySize(), now)) {
					throw refusal(get(openDayId), r.partySize(), now);
				}
				return store.insertRegistration(openDayId, newCode(), r.name().strip(), phone, organisation,
						r.partySize(), now, remoteAddress);
			});
			Registration made = store.registration(openDayId, id).orElseThrow();
			log.info("open day {}: {} seat(s) registered by {}", openDayId, r.partySize(), made.maskedPhone());
			return made;
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("The phone " + PhoneNumber.mask(phone) + " has already registered for this "
					+ "open day: see or cancel that registration with its code.", Map.of(REASON, "DUPLICATE"));
		}
	}

	private ConflictException refusal(OpenDay day, int party, Instant now) {
		if (now.isBefore(day.registrationOpensAt())) {
			return new ConflictException("Registration for this open day opens at " + day.registrationOpensAt() + ".",
					Map.of(REASON, "NOT_OPEN"));
		}
		if (!now.isBefore(day.registrationClosesAt())) {
			return new ConflictException("Registration for this open day has closed.", Map.of(REASON, "CLOSED"));
		}
		return new ConflictException("Not enough seats: " + day.seatsLeft() + " left of " + day.capacity() + ", "
				+ party + " asked. Nothing was registered.", Map.of(REASON, "FULL", "seatsLeft", day.seatsLeft()));
	}

	/** A registration by its code, with its event; 404 if no registration has it. */
	public Registration byCode(String code) {
		return Optional.ofNullable(code)
			.map(c -> c.strip().toUpperCase(java.util.Locale.ROOT))
			.flatMap(store::registration)
			.orElseThrow(() -> new NotFoundException("No registration has this code."));
	}

	/** Cancels a registration before its event starts, freeing its seats; 409 once cancelled or started. */
	public Registration cancel(String code) {
		Registration r = byCode(code);
		Instant now = clock.instant();
		transaction.executeWithoutResult(status -> {
			Integer seats = store.cancel(r.code(), now).orElseThrow(() -> {
				Registration current = byCode(code);
				return current.state() == RegistrationState.CANCELLED
						? new ConflictException("The registration is already cancelled.", Map.of(REASON, "CANCELLED"))
						: new ConflictException("The open day has started: the registration can no longer be cancelled.",
								Map.of(REASON, "STARTED"));
			});
			store.giveBackSeats(r.openDayId(), seats);
		});
		return byCode(code);
	}

	/**
	 * The registrant's feedback (rating 1–5, comment ≤ 1000) after the event ends, once; 400 for faulty input, 409
	 * before the end, for a cancelled registration or a second feedback.
	 */
	public Registration feedback(String code, Integer rating, String comment) {
		if (rating == null || rating < 1 || rating > 5 || (comment != null && comment.length() > 1000)) {
			throw new InvalidInputException("rating: 1 to 5; comment: at most 1000 characters",
					List.of("rating", "comment"));
		}
		Registration r = byCode(code);
		Instant now = clock.instant();
		if (!store.feedback(r.code(), rating, comment == null || comment.isBlank() ? null : comment.strip(), now)) {
			if (r.state() == RegistrationState.CANCELLED) {
				throw new ConflictException("A cancelled registration leaves no feedback.", Map.of(REASON, "CANCELLED"));
			}
			if (r.feedbackAt() != null) {
				throw new ConflictException("Feedback was already given.", Map.of(REASON, "GIVEN"));
			}
			throw new ConflictException("Feedback is left after the open day ends.", Map.of(REASON, "NOT_ENDED"));
		}
		return byCode(code);
	}

	/** The registrations of an event, to the staff of its region (names; phones for the callers to mask). */
	public List<Registration> registrations(Actor actor, long openDayId) {
		OpenDay day = ofRegion(actor, openDayId);
		return store.registrations(day.id());
	}

	/** Marks whether a registrant came: staff of the event's region, from an hour before the start; 409 before. */
	public Registration markAttendance(Actor actor, long openDayId, long registrationId, boolean attended) {
		OpenDay day = ofRegion(actor, openDayId);
		Instant now = clock.instant();
		if (!marksAttendanceAt(day, now)) {
			throw new ConflictException("Attendance is marked from an hour before the open day starts.",
					Map.of(REASON, "NOT_STARTED"));
		}
		Registration r = store.registration(openDayId, registrationId).orElseThrow(
				() -> new NotFoundException("The open day has no registration " + registrationId + "."));
		if (!store.markAttendance(openDayId, registrationId, attended, actor.userId(), now)) {
			throw new ConflictException("A cancelled registration has no attendance.", Map.of(REASON, "CANCELLED"));
		}
		return store.registration(openDayId, r.id()).orElseThrow();
	}

	private OpenDay ofRegion(Actor actor, long openDayId) {
		requireStaff(actor);
		OpenDay day = get(openDayId);
		if (!actor.covers(day.regionCode())) {
			throw new ForbiddenException("the open day (region " + day.regionCode() + ") lies outside your scope "
					+ actor.scopeRegionCode());
		}
		return day;
	}

	/** The clock's now, for the pages' and the API's views. */
	public Instant now() {
		return clock.instant();
	}

	/** Whether attendance may be marked at {@code now}: from an hour before the start. */
	public static boolean marksAttendanceAt(OpenDay day, Instant now) {
		return !now.isBefore(day.startsAt().minus(ATTENDANCE_FROM));
	}

	private static void requireStaff(Actor actor) {
		if (!(actor.has(Role.OFFICER) || actor.has(Role.LEADER) || actor.has(Role.ADMIN))
				|| actor.scopeRegionCode() == null) {
			throw new ForbiddenException("open days are run by officers (社区城管队员), leaders and administrators of "
					+ "their region");
		}
	}

	/** A registration code such as {@code K7QX2-M9PLA}: 50 random bits in letters and digits that are not confused. */
	static String newCode() {
		var code = new StringBuilder(11);
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
		}
		return code.toString();
	}
}
