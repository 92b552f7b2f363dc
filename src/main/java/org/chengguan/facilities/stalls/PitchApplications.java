package org.chengguan.facilities.stalls;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.chengguan.facilities.internal.PublicHolidays;
import org.chengguan.identity.Actor;
import org.chengguan.identity.PhoneNumber;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.platform.UnprocessableException;
import org.chengguan.worktime.WorkingTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pitch applications (摊位申请), the use cases: a citizen applies and may withdraw while pending; an officer of the
 * area's street approves with a pitch or rejects with a reason. Each change is one transaction that writes over the
 * version read, so of two concurrent decisions one wins and the other is a 409; a pitch given twice for a common day
 * is refused by the database (409) however the approvals interleave.
 */
@Service
public class PitchApplications {

	/** The most applications a list answers. */
	public static final int MAX_LIST = 500;

	static final int MAX_REASON_LENGTH = 500;

	private final PitchApplicationStore store;

	private final PublicHolidays holidays;

	private final WorkingTime workingTime;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final VendorRegistrations vendors;

	PitchApplications(PitchApplicationStore store, PublicHolidays holidays, WorkingTime workingTime,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
			VendorRegistrations vendors) {
		this.vendors = vendors;
		this.store = store;
		this.holidays = holidays;
		this.workingTime = workingTime;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Today in the city's calendar: the first day a period may start. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), workingTime.zone());
	}

	/**
	 * A citizen applies for a pitch of the stall area.
	 *
	 * @throws ForbiddenException (403) unless the actor is a citizen with a verified vendor registration (摊贩登记)
	 * @throws NotFoundException (404) if there is no such facility
	 * @throws InvalidInputException (400) listing what the request lacks; (422, {@link UnprocessableException})
	 *         listing what the area does not allow: its type, goods, period, pitch
	 * @throws ConflictException (409) if the vendor has an open application of the area for a common day
	 */
	public PitchApplication apply(Actor actor, long facilityId, NewPitchApplication request) {
		if (!actor.isCitizen()) {
			throw new ForbiddenException("a pitch is applied for by a citizen (as a vendor), not by staff");
		}
		transaction.executeWithoutResult(status -> vendors.requireVerified(actor.userId()));
		StallArea area = store.area(facilityId, false)
			.orElseThrow(() -> new NotFoundException("There is no facility " + facilityId + "."));
		List<PitchFault> faults = check(area, request);
		if (!faults.isEmpty()) {
			List<String> errors = faults.stream().map(PitchFault::detail).toList();
			if (faults.get(0).malformed()) {
				throw new InvalidInputException("Invalid pitch application: " + String.join("; ", errors), errors);
			}
			throw new UnprocessableException("The pitch application cannot be accepted: " + String.join("; ", errors),
					errors);
		}
		String phone = PhoneNumber.parse(request.contactPhone()).orElseThrow().value();
		var normalised = new NewPitchApplication(request.goods(), request.from(), request.to(),
				request.preferredPitch(), phone);
		PitchApplication created = PitchApplication.apply(area, actor.userId(), normalised, clock.instant());
		long id = transaction.execute(status -> {
			vendors.requireVerified(actor.userId());
			return store.insert(created);
		});
		return store.find(id).orElseThrow();
	}

	/**
	 * What is wrong with the request for the area, every fault at once (empty: nothing): first the request's own
	 * faults ({@link PitchFault#malformed()}), then, when there are none, what the area and the calendar refuse.
	 */
	public List<PitchFault> check(StallArea area, NewPitchApplication request) {
		return PitchRequestRules.check(area, request, today(), holidays::isHoliday);
	}

	/**
	 * An officer of the area's street gives the application a pitch.
	 *
	 * @param pitch the pitch to give; null gives the applicant's preferred one
	 * @throws ForbiddenException (403) unless the actor is an officer whose street the area lies in
	 * @throws InvalidInputException (400) without a pitch; (422) a pitch the area does not have
	 * @throws ConflictException (409) if the application is no longer pending (a concurrent decision won) or the
	 *         pitch is given to someone else for a common day
	 */
	public PitchApplication approve(Actor actor, long id, Integer pitch) {
		return decide(actor, id, a -> {
			Integer given = pitch != null ? pitch : a.preferredPitch();
			if (given == null) {
				throw new InvalidInputException("pitch: the pitch to give is required (the applicant named none)",
						List.of("pitch: required"));
			}
			int pitches = store.area(a.area().id(), true).orElseThrow().pitches();
			if (given < 1 || given > pitches) {
				throw new UnprocessableException("pitch: " + a.area().name() + " has pitches 1–" + pitches + ", was "
						+ given, List.of("pitch: 1–" + pitches + ", was " + given));
			}
			a.approve(actor.userId(), given, clock.instant());
		});
	}

	/**
	 * An officer of the area's street refuses the application, saying why.
	 *
	 * @throws InvalidInputException (400) without a reason, or one over {@value #MAX_REASON_LENGTH} characters
	 */
	public PitchApplication reject(Actor actor, long id, String reason) {
		String why = reason == null ? "" : reason.strip();
		return decide(actor, id, a -> {
			if (why.isEmpty() || why.length() > MAX_REASON_LENGTH) {
				throw new InvalidInputException("reason: say why, in 1–" + MAX_REASON_LENGTH + " characters",
						List.of("reason: required, 1–" + MAX_REASON_LENGTH + " characters"));
			}
			a.reject(actor.userId(), why, clock.instant());
		});
	}

	/**
	 * The applicant takes back a pending application.
	 *
	 * @throws ForbiddenException (403) for anyone but the applicant
	 * @throws ConflictException (409) once it is decided
	 */
	public PitchApplication withdraw(Actor actor, long id) {
		return change(id, false, a -> {
			if (a.applicantId() != actor.userId() || !actor.isCitizen()) {
				throw new ForbiddenException("only the citizen who applied withdraws an application");
			}
			a.withdraw(clock.instant());
		});
	}

	private PitchApplication decide(Actor actor, long id, Consumer<PitchApplication> decision) {
		return change(id, true, a -> {
			PitchDeciders.refusal(actor, a.area()).ifPresent(reason -> {
				throw new ForbiddenException(reason);
			});
			decision.accept(a);
		});
	}

	/**
	 * Reads, changes and writes the application over the version read, in one transaction; a decision is published
	 * in it, so that transactional listeners hear of it once it commits.
	 */
	private PitchApplication change(long id, boolean publish, Consumer<PitchApplication> step) {
		return transaction.execute(status -> {
			PitchApplication a = find(id);
			step.accept(a);
			if (!store.update(a)) {
				PitchApplication now = find(id);
				throw new ConflictException("Pitch application " + id + " was changed meanwhile: it is " + now.state()
						+ " now.", Map.of("currentState", now.state().name(), "currentVersion", now.version()));
			}
			PitchApplication changed = store.find(id).orElseThrow();
			if (publish) {
				events.publishEvent(new PitchApplicationDecided(id, changed.area().id(), changed.area().name(),
						changed.applicantId(), changed.state(), changed.pitch(), changed.from(), changed.to(),
						changed.reason(), changed.decidedBy(), changed.decidedAt()));
			}
			return changed;
		});
	}

	private PitchApplication find(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("There is no pitch application " + id + "."));
	}

	/**
	 * One application with its steps, for its applicant and for the officers who decide it.
	 *
	 * @throws ForbiddenException (403) for anyone else
	 */
	public PitchApplication get(Actor actor, long id) {
		PitchApplication a = find(id);
		if (!mayRead(actor, a)) {
			throw new ForbiddenException("a pitch application is shown to its applicant and the officers of its street only");
		}
		return a;
	}

	/** The steps of an application the actor may read ({@link #get}), first to last. */
	public List<PitchStep> steps(Actor actor, long id) {
		get(actor, id);
		return store.steps(id);
	}

	/** Whether the actor may decide the application (an officer of its street) — for pages to offer the buttons. */
	public boolean mayDecide(Actor actor, PitchApplication a) {
		return PitchDeciders.refusal(actor, a.area()).isEmpty();
	}

	private boolean mayRead(Actor actor, PitchApplication a) {
		return (actor.isCitizen() && a.applicantId() == actor.userId()) || mayDecide(actor, a);
	}

	/** The actor's own applications, the newest first. */
	public List<PitchApplication> mine(Actor actor, int limit) {
		return store.byApplicant(actor.userId(), clamp(limit));
	}

	/**
	 * The applications an officer decides (the areas of their street), in a state or all; pending ones the oldest first.
	 *
	 * @throws ForbiddenException (403) unless the actor is an officer with a scope
	 */
	public List<PitchApplication> toDecide(Actor actor, PitchApplicationState state, int limit) {
		String prefix = PitchDeciders.streetPrefix(actor);
		if (prefix == null) {
			throw new ForbiddenException("the applications of an area are listed for the officers (OFFICER, 社区城管队员) "
					+ "of its street; citizens list their own with mine=true");
		}
		return store.inStreets(prefix, state, clamp(limit));
	}

	private static int clamp(int limit) {
		return Math.max(1, Math.min(limit, MAX_LIST));
	}

	/** The stall area with this id, if the facility is one vendors apply to. */
	public Optional<StallArea> area(long facilityId) {
		return store.area(facilityId, false).filter(a -> StallArea.takesApplications(a.type()));
	}

	/** The area's pitches given for a day from {@code from} to {@code to}: no applicant data. */
	public List<TakenPitch> taken(long facilityId, LocalDate from, LocalDate to) {
		return store.taken(facilityId, from, to);
	}

	/** The pitches of the area free on every day of the application's period, in order. */
	public List<Integer> freePitches(PitchApplication a) {
		return freePitches(a.area(), a.from(), a.to());
	}

	/** The pitches of the area free on every day from {@code from} to {@code to}, in order. */
	public List<Integer> freePitches(StallArea area, LocalDate from, LocalDate to) {
		Set<Integer> taken = store.taken(area.id(), from, to).stream().map(TakenPitch::pitch).collect(Collectors.toSet());
		return IntStream.rangeClosed(1, area.pitches()).filter(p -> !taken.contains(p)).boxed().toList();
	}
}
