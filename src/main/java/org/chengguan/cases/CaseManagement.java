package org.chengguan.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengguan.cases.photos.PhotoLibrary;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cases module's API: report a case, act on it, read it. Each command is one transaction: it checks who may
 * act (role and region scope), lets the {@link Case} aggregate check the state, stores the new state only if nobody
 * changed the case meanwhile, appends the audit trail and publishes {@link CaseTransitioned}.
 */
@Service
public class CaseManagement {

	private final Cases cases;

	private final Intake intake;

	private final ReportValidation validation;

	private final CaseCommands commands;

	private final Deadlines deadlines;

	private final ApplicationEventPublisher events;

	private final TransitionEvents transitions;

	private final DeadlineTimers timers;

	private final PhotoLibrary photos;

	private final Actors actors;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Subjects subjects;

	private final PublicReads publicReads;

	CaseManagement(Cases cases, Intake intake, ReportValidation validation, CaseCommands commands,
			Deadlines deadlines, ApplicationEventPublisher events, TransitionEvents transitions, DeadlineTimers timers,
			PhotoLibrary photos, Actors actors, TransactionTemplate transaction, Clock clock, Subjects subjects,
			PublicReads publicReads) {
		this.cases = cases;
		this.intake = intake;
		this.validation = validation;
		this.commands = commands;
		this.deadlines = deadlines;
		this.events = events;
		this.transitions = transitions;
		this.timers = timers;
		this.photos = photos;
		this.actors = actors;
		this.transaction = transaction;
		this.clock = clock;
		this.subjects = subjects;
		this.publicReads = publicReads;
	}

	/**
	 * The outcome of a report: the case and whether this call created it (false for an idempotent retry); for a report
	 * linked as a duplicate when it came in, the case it duplicates as the intake found it (else null: read it).
	 */
	public record Reported(Case reported, boolean created, Case master) {

		public Reported(Case reported, boolean created) {
			this(reported, created, null);
		}
	}

	/**
	 * Takes in a report. With an idempotency key, a retry of the same request returns the case the first call
	 * created and creates nothing; the same key with a different request is a 409.
	 */
	public Reported report(Actor actor, ReportCommand command, String idempotencyKey) {
		return intake.take(actor, command, validation.validate(actor, command), idempotencyKey);
	}

	/** Performs an action on a case as the actor; returns the case in its new state. */
	public Case act(Actor actor, long caseId, Action action, ActionCommand command) {
		return transaction.execute(status -> {
			Case c = cases.findWithTrail(caseId)
				.orElseThrow(() -> new NotFoundException("No case has the id " + caseId + "."));
			CaseActionPolicy.refusal(actor, action, c).ifPresent(reason -> {
				throw new ForbiddenException(reason);
			});
			if (command.expectedVersion() != null && command.expectedVersion() != c.version()) {
				throw stale(c);
			}
			StageClock before = c.clock();
			Instant now = clock.instant();
			try {
				commands.perform(actor, c, action, command, now);
			}
			catch (IllegalArgumentException e) {
				// the aggregate's refusal of incomplete input (no reason, no photo): the client's to fix, a 400
				throw new InvalidInputException(e.getMessage());
			}
			photos.attach(caseId, command.photoIds(), actor.userId());
			// a timer only when the action changed the clock; written by the same statement as the case
			if (!cases.update(c, c.clock().equals(before) ? Optional.empty() : timers.next(caseId, c.clock(), now))) {
				throw stale(load(caseId));
			}
			publish(c, caseId);
			return Cases.asStored(c);
		});
	}

	/**
	 * The deadline timers' entry point: marks the colour the case's running clock has reached at {@code now}
	 * (yellow from 80 % of the limit, red when overdue) and, on red, escalates it. Returns whether anything changed.
	 */
	public boolean markDeadline(long caseId, Instant now) {
		for (int attempt = 0; attempt < 3; attempt++) {
			Boolean changed = transaction.execute(status -> {
				Case c = cases.findById(caseId).orElse(null);
				if (c == null || !c.clock().isRunning() || c.clock().deadline() == null) {
					return false;
				}
				WarningLevel level = c.clock().isOverdueAt(now) ? WarningLevel.RED
						: now.isBefore(DeadlineTimers.yellowAt(c.clock(), deadlines)) ? WarningLevel.GREEN
								: WarningLevel.YELLOW;
				List<Long> leaders = level == WarningLevel.RED ? leadersOf(c.region().finest()) : List.of();
				String escalation = level == WarningLevel.RED ? "escalated to leaders " + leaders : null;
				if (level == WarningLevel.GREEN
						|| !c.warn(c.clock().stage(), c.clock().startedAt(), level, now, escalation)) {
					timers.schedule(caseId, c.clock(), now); // the next change of this clock, if none is set
					return false;
				}
				if (!cases.update(c)) {
					return null; // someone acted on the case meanwhile: look again
				}
				timers.schedule(caseId, c.clock(), now); // after yellow, red
				publish(c, caseId);
				if (level == WarningLevel.RED) {
					events.publishEvent(new CaseEscalated(caseId, c.number(), c.region().finest(), c.clock().stage(),
							c.clock().deadline(), now, leaders));
				}
				return true;
			});
			if (changed != null) {
				return changed;
			}
		}
		return false;
	}

	/** The LEADERs (领导) with the narrowest scope that covers the region: those a late case is escalated to. */
	private List<Long> leadersOf(String regionCode) {
		List<Actor> covering = actors.withRole(Role.LEADER, regionCode);
		if (covering.isEmpty()) {
			return List.of();
		}
		int narrowest = covering.get(0).scopeRegionCode().length();
		return covering.stream().filter(a -> a.scopeRegionCode().length() == narrowest).map(Actor::userId).toList();
	}

	/**
	 * Who follows a case: its reporter and the reporters of the reports linked to it as duplicates, who get its
	 * answers. Reads the caller's transaction, so a listener of {@link CaseTransitioned} sees the new state.
	 */
	public List<Long> followersOf(long caseId) {
		return cases.followersOf(caseId);
	}

	/**
	 * The current status of each of the cases, by id (ids of no case are left out): for other modules' lists of cases
	 * they keep facts of, so that none of them keeps a copy of a status that changes.
	 */
	public java.util.Map<Long, CaseStatus> statusesOf(java.util.Collection<Long> caseIds) {
		return cases.statuses(caseIds);
	}

	/**
	 * The case's history from the audit trail, in the caller's transaction; empty if there is no such case. Right
	 * after an action it costs no read: the action read the trail with the case.
	 */
	public java.util.Optional<CaseHistory> history(long caseId) {
		return cases.history(caseId);
	}

	/** The histories of the cases with ids above {@code afterId}, in id order, at most {@code limit}: for rebuilds. */
	public List<CaseHistory> histories(long afterId, int limit) {
		return cases.histories(null, afterId, limit);
	}

	/** A case as the actor may see it. */
	public Case get(Actor actor, long caseId) {
		return load(caseId);
	}

	/**
	 * The case's number (案卷编号), for texts that name a case the reader may not see in full (a duplicate's notice
	 * names its master). Answered without a read for a case the current transaction has seen.
	 */
	public String number(long caseId) {
		return cases.numberOf(caseId).orElseThrow(() -> new NotFoundException("No case has the id " + caseId + "."));
	}

	/** What the actor may do to the case now, by its state and the actor's role and scope. */
	public List<Action> availableActions(Actor actor, Case c) {
		return AvailableActions.of(actor, c);
	}

	public boolean seesInFull(Actor actor, Case c) {
		return CaseActionPolicy.seesInFull(actor, c);
	}

	/** The case's audit trail, oldest first; only to those who see the case in full. */
	public List<Transition> timeline(Actor actor, long caseId) {
		Case c = load(caseId);
		if (!seesInFull(actor, c)) {
			throw new ForbiddenException("the timeline of a case is shown to its reporter and to the staff in charge");
		}
		return cases.timeline(caseId);
	}

	/** Cases matching the query, narrowed to what the actor may see: a citizen's own, a handler's department's. */
	public CasePage search(Actor actor, CaseQuery query) {
		return cases.search(narrow(actor, query), clock.instant());
	}

	/**
	 * How many cases of the actor's view are in each open status, and how many are overdue: the workbench's queue
	 * counts. {@code regionCode} narrows further within the actor's scope.
	 */
	public QueueCounts queueCounts(Actor actor, String regionCode) {
		CaseQuery query = narrow(actor, new CaseQuery(null, regionCode, null, null, null, null, null, 0, 1));
		return cases.queueCounts(query, clock.instant());
	}

	/**
	 * Open cases within {@code radiusMetres} of a point, nearest first, for the public "already reported" map: the
	 * caller shows them without any personal data.
	 */
	public List<Case> openNear(GeoPoint point, double radiusMetres, int limit) {
		return cases.openNear(point, Math.min(radiusMetres, 5_000), Math.min(limit, 200));
	}

	/**
	 * What a reference names, as the module that keeps it describes it (name, place, the category of a fault of it);
	 * empty if no module offers its kind or the thing does not exist. Public data: no sign-in is needed to ask.
	 */
	public java.util.Optional<CaseSubjects.Subject> subject(CaseSubject subject) {
		return subjects.find(subject);
	}

	/**
	 * How many open cases are about the subject: reported and not yet void, closed, answered or linked as a duplicate
	 * (a duplicate's problem is counted once, in its master). A count only: nothing about who reported.
	 */
	public long openCasesAbout(CaseSubject subject) {
		return cases.countOpenAbout(subject);
	}

	/**
	 * Every case of the city matching the query, newest report first, for public listings (Open311): nobody's view
	 * narrows it, so the caller must show only the public part of each case (no reporter, no contact).
	 */
	public List<Case> listPublic(PublicCaseQuery query) {
		return publicReads.list(query);
	}

	/**
	 * The status changes (a transition from one status to another; the first report is not one) recorded between
	 * two instants, both included, oldest first, {@code limit} from {@code offset}: a feed of what happened to cases.
	 */
	public List<StatusChange> statusChangesBetween(Instant from, Instant to, int offset, int limit) {
		return publicReads.statusChangesBetween(from, to, offset, limit);
	}

	/** The latest status change of each of these cases that has one, by case id. */
	public Map<Long, StatusChange> latestStatusChanges(java.util.Collection<Long> caseIds) {
		return publicReads.latestStatusChanges(caseIds);
	}

	private CaseQuery narrow(Actor actor, CaseQuery query) {
		if (actor.isCitizen() && actor.roles().size() == 1) {
			return query.reportedBy(actor.userId()).forDepartment(null);
		}
		if (actor.has(Role.HANDLER) && actor.scopeRegionCode() == null) {
			return query.reportedBy(null).forDepartment(actor.departmentCode());
		}
		String scope = actor.scopeRegionCode();
		if (query.regionCode() != null && actor.covers(query.regionCode())) {
			return query.reportedBy(null).forDepartment(actor.has(Role.HANDLER) ? actor.departmentCode() : null);
		}
		if (query.regionCode() != null && scope != null && !scope.startsWith(query.regionCode())) {
			throw new ForbiddenException("the region " + query.regionCode() + " lies outside your scope " + scope);
		}
		return query.inRegion(scope).reportedBy(null)
			.forDepartment(actor.has(Role.HANDLER) ? actor.departmentCode() : null);
	}

	private void publish(Case c, long id) {
		transitions.publish(c, id);
	}

	private Case load(long caseId) {
		return cases.findById(caseId).orElseThrow(() -> new NotFoundException("No case has the id " + caseId + "."));
	}



	private static ConflictException stale(Case current) {
		return new ConflictException("The case changed since you read it: it is now " + current.status()
				+ " at version " + current.version() + ". Reload it and decide again.",
				Map.of("currentVersion", current.version(), "currentStatus", current.status().name()));
	}


	private static Performer performer(Actor actor, Role role) {
		return new Performer(actor.userId(), role.name());
	}

	/**
	 * How many cases about each of these subjects were reported in {@code [from, to)}, by channel, leaving out voided
	 * reports and those linked to another as duplicates: e.g. what a merchant's star rating counts. Subjects without
	 * such cases are absent. Counts only: nothing about who reported.
	 */
	public Map<CaseSubject, Map<Channel, Long>> casesAboutBetween(java.util.Collection<CaseSubject> subjects,
			Instant from, Instant to) {
		return cases.countAboutBetween(subjects, from, to);
	}

	/**
	 * Keeps photos the actor uploaded (POST /api/v1/photos) for a record of another module that is not a case — a
	 * joint inspection's checklist results about {@code keptFor}: they are never collected as unused, and staff whose
	 * scope covers {@code regionCode} see them, as they see the record.
	 *
	 * @throws InvalidInputException if a photo does not exist, is someone else's upload or another case's
	 */
	public void keepPhotos(Actor actor, List<String> photoIds, CaseSubject keptFor, String regionCode) {
		photos.keep(photoIds, actor.userId(), keptFor.reference(), regionCode);
	}

	/**
	 * Whether the actor may see a photo: its uploader; whoever sees its case in full; for a photo another module's
	 * record keeps, staff whose scope covers that record's region.
	 */
	public boolean seesPhoto(Actor actor, org.chengguan.cases.photos.Photo photo) {
		if (photo.uploadedBy() == actor.userId()) {
			return true;
		}
		if (photo.caseId() != null && seesInFull(actor, get(actor, photo.caseId()))) {
			return true;
		}
		return photo.keptRegion() != null && actor.covers(photo.keptRegion());
	}
}
