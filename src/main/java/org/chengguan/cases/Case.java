package org.chengguan.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.chengguan.geo.GeoPoint;
import org.chengguan.worktime.TimeLimit;

/**
 * 案卷: one city-management problem and its whole lifecycle (DOMAIN.md §1). The aggregate is the only place where
 * a case changes state: each method is named for what happens, checks that the current state allows it, moves the
 * stage clock and records a {@link Transition} for the audit trail. Who may do what (role and region scope) is
 * decided before, by {@code CaseActionPolicy}; this class decides what the state allows.
 */
public class Case {

	private final Long id;

	private final int version;

	private final String number;

	private CaseStatus status;

	private final Channel channel;

	private String categoryCode;

	private final String description;

	private final GeoPoint location;

	private final CaseLocation region;

	private final Long reporterId;

	private final Contact contact;

	private final Instant reportedAt;

	private String proposedDepartment;

	private String leadDepartment;

	private List<String> assistingDepartments;

	private boolean communityTeam;

	private TimeLimit handlingLimit;

	private StageClock clock;

	private PendingRequest pendingRequest;

	private TimeLimit requestedExtension;

	private final Counters counters;

	private boolean supervised;

	private Satisfaction satisfaction;

	private Long masterCaseId;

	private Instant closedAt;

	private final CaseSubject subject;

	private final transient List<Transition> changes = new ArrayList<>();

	private transient CaseStatus movedFrom;

	/** The running clock's deadline as stored, before the {@link #changes()}: what the first of them answered to. */
	private final transient Instant deadlineAsStored;

	/** Reconstitutes a stored case; only the repository calls this. */
	Case(Long id, int version, String number, CaseStatus status, Channel channel, String categoryCode,
			String description, GeoPoint location, CaseLocation region, Long reporterId, Contact contact,
			Instant reportedAt, String proposedDepartment, String leadDepartment, List<String> assistingDepartments,
			boolean communityTeam, TimeLimit handlingLimit, StageClock clock, PendingRequest pendingRequest,
			TimeLimit requestedExtension, Counters counters, boolean supervised, Satisfaction satisfaction,
			Long masterCaseId, Instant closedAt, CaseSubject subject) {
		this.id = id;
		this.version = version;
		this.number = number;
		this.status = status;
		this.channel = channel;
		this.categoryCode = categoryCode;
		this.description = description;
		this.location = location;
		this.region = region;
		this.reporterId = reporterId;
		this.contact = contact;
		this.reportedAt = reportedAt;
		this.proposedDepartment = proposedDepartment;
		this.leadDepartment = leadDepartment;
		this.assistingDepartments = List.copyOf(assistingDepartments);
		this.communityTeam = communityTeam;
		this.handlingLimit = handlingLimit;
		this.clock = clock;
		this.pendingRequest = pendingRequest;
		this.requestedExtension = requestedExtension;
		this.counters = counters;
		this.supervised = supervised;
		this.satisfaction = satisfaction;
		this.masterCaseId = masterCaseId;
		this.closedAt = closedAt;
		this.subject = subject;
		this.deadlineAsStored = version == 0 || clock == null ? null : clock.deadline();
	}

	/**
	 * A new report. Reports that need verification start {@link CaseStatus#REPORTED} on the verify clock; an
	 * inspector's own report starts {@link CaseStatus#VERIFIED} on the filing clock.
	 */
	public static Case report(String number, NewCase report, Performer by, Instant now, Deadlines deadlines) {
		return report(null, number, report, by, now, deadlines);
	}

	/** A new report with its id already drawn from the id sequence (the intake's batches do so). */
	static Case report(Long id, String number, NewCase report, Performer by, Instant now, Deadlines deadlines) {
		boolean verify = report.channel().needsVerification();
		Stage stage = verify ? Stage.VERIFY : Stage.FILE;
		Case created = new Case(id, 0, number, verify ? CaseStatus.REPORTED : CaseStatus.VERIFIED,
				report.channel(), report.categoryCode(), report.description(), report.location(), report.region(),
				report.reporterId(), report.contact(), now, null, null, List.of(), false, null,
				StageClock.start(stage, now, deadlines.limitOf(stage), deadlines), PendingRequest.NONE, null,
				Counters.ZERO.copy(), false, null, null, null, report.subject());
		created.record(Action.REPORT, null, by, now, report.photoIds(), null);
		return created;
	}

	/** 自处理: an inspector fixed it on the spot; filed and closed at once, with the "after" photos. */
	public static Case selfHandled(String number, NewCase report, Performer by, List<String> afterPhotos,
			Instant now) {
		return selfHandled(null, number, report, by, afterPhotos, now);
	}

	static Case selfHandled(Long id, String number, NewCase report, Performer by, List<String> afterPhotos,
			Instant now) {
		requirePhotos(Action.SELF_HANDLE, afterPhotos);
		if (report.channel() != Channel.INSPECTOR) {
			throw new IllegalArgumentException("only an inspector's patrol report can be self-handled");
		}
		Case created = new Case(id, 0, number, CaseStatus.CLOSED, report.channel(), report.categoryCode(),
				report.description(), report.location(), report.region(), report.reporterId(), report.contact(), now,
				null, null, List.of(), false, null, StageClock.stopped(now), PendingRequest.NONE, null,
				Counters.ZERO.copy(), false, null, null, now, report.subject());
		created.record(Action.SELF_HANDLE, null, by, now, concat(report.photoIds(), afterPhotos), null);
		return created;
	}

	/** 核实: the inspector confirms the problem on site, correcting its category if need be. */
	public void verify(Performer by, String correctedCategory, String comment, Instant now, Deadlines deadlines) {
		require(Action.VERIFY, status == CaseStatus.REPORTED, "only a reported case waits for verification");
		String detail = null;
		if (correctedCategory != null && !correctedCategory.equals(categoryCode)) {
			detail = "category " + categoryCode + " → " + correctedCategory;
			categoryCode = correctedCategory;
		}
		move(CaseStatus.VERIFIED, StageClock.start(Stage.FILE, now, deadlines.limitOf(Stage.FILE), deadlines));
		record(Action.VERIFY, comment, by, now, List.of(), detail);
	}

	/** 立案: filed against the filing rule; the routing rule's department is proposed for dispatch. */
	public void file(Performer by, String proposedDepartment, String comment, Instant now, Deadlines deadlines) {
		require(Action.FILE, status == CaseStatus.VERIFIED, "a case is filed once verified");
		this.proposedDepartment = proposedDepartment;
		move(CaseStatus.FILED, StageClock.start(Stage.DISPATCH, now, deadlines.limitOf(Stage.DISPATCH), deadlines));
		record(Action.FILE, comment, by, now, List.of(), "proposed department " + proposedDepartment);
	}

	/** 不予立案: refused, with the reason the citizen will be told. */
	public void voidCase(Performer by, String reason, Instant now) {
		require(Action.VOID, status == CaseStatus.REPORTED || status == CaseStatus.VERIFIED,
				"only a case not yet filed can be voided");
		requireText(Action.VOID, reason, "a reason");
		move(CaseStatus.VOIDED, StageClock.stopped(now));
		closedAt = now;
		record(Action.VOID, reason, by, now, List.of(), null);
	}

	/** 派遣: to a lead department (and assisting ones), on the category's handling limit. */
	public void dispatch(Performer by, String department, List<String> assisting, TimeLimit limit, String comment,
			Instant now, Deadlines deadlines) {
		require(Action.DISPATCH, status == CaseStatus.FILED, "only a filed case waits for dispatch");
		Objects.requireNonNull(department, "department");
		List<String> helpers = assisting == null ? List.of() : assisting.stream().distinct()
			.filter(d -> !d.equals(department)).toList();
		this.leadDepartment = department;
		this.assistingDepartments = helpers;
		this.communityTeam = false;
		this.handlingLimit = limit;
		move(CaseStatus.DISPATCHED, StageClock.start(Stage.HANDLE, now, limit, deadlines));
		record(Action.DISPATCH, comment, by, now, List.of(),
				"to " + department + (helpers.isEmpty() ? "" : " assisted by " + String.join(", ", helpers)));
	}

	/** 回退申请: the department says the case is not theirs. */
	public void requestReturn(Performer by, String reason, Instant now) {
		requireRequestable(Action.REQUEST_RETURN);
		require(Action.REQUEST_RETURN, !communityTeam, "a reopened case stays with its community team");
		requireText(Action.REQUEST_RETURN, reason, "a reason");
		pendingRequest = PendingRequest.RETURN;
		record(Action.REQUEST_RETURN, reason, by, now, List.of(), null);
	}

	/** The dispatcher's decision on a return: approved, the case goes back to be dispatched again. */
	public void decideReturn(Performer by, boolean approved, String comment, Instant now, Deadlines deadlines) {
		requirePending(Action.APPROVE_RETURN, PendingRequest.RETURN);
		pendingRequest = PendingRequest.NONE;
		if (approved) {
			leadDepartment = null;
			assistingDepartments = List.of();
			counters.returned();
			move(CaseStatus.FILED, StageClock.start(Stage.DISPATCH, now, deadlines.limitOf(Stage.DISPATCH), deadlines));
		}
		record(Action.APPROVE_RETURN, comment, by, now, List.of(), approved ? "approved" : "rejected");
	}

	/** 延期申请: more time, by the given amount. */
	public void requestExtension(Performer by, TimeLimit extra, String reason, Instant now) {
		requireRequestable(Action.REQUEST_EXTENSION);
		requireText(Action.REQUEST_EXTENSION, reason, "a reason");
		if (extra == null || extra.amount().signum() <= 0) {
			throw new IllegalArgumentException("an extension needs a positive amount of time");
		}
		pendingRequest = PendingRequest.EXTENSION;
		requestedExtension = extra;
		record(Action.REQUEST_EXTENSION, reason, by, now, List.of(),
				"+" + extra.amount().toPlainString() + " " + extra.unit());
	}

	/** Approved, the handling deadline moves out by the requested amount. */
	public void decideExtension(Performer by, boolean approved, String comment, Instant now, Deadlines deadlines) {
		requirePending(Action.APPROVE_EXTENSION, PendingRequest.EXTENSION);
		pendingRequest = PendingRequest.NONE;
		String detail = "rejected";
		if (approved) {
			clock = clock.withDeadline(deadlines.due(clock.deadline(), requestedExtension));
			counters.extended();
			detail = "approved: deadline " + clock.deadline();
		}
		requestedExtension = null;
		record(Action.APPROVE_EXTENSION, comment, by, now, List.of(), detail);
	}

	/** 挂账申请: cannot be solved now (needs funds, a plan, another authority). */
	public void requestShelving(Performer by, String reason, Instant now) {
		requireRequestable(Action.REQUEST_SHELVING);
		requireText(Action.REQUEST_SHELVING, reason, "a reason");
		pendingRequest = PendingRequest.SHELVING;
		record(Action.REQUEST_SHELVING, reason, by, now, List.of(), null);
	}

	/** Approved, the clock stops and the case leaves the on-time denominators until it is handled. */
	public void decideShelving(Performer by, boolean approved, String comment, Instant now) {
		requirePending(Action.APPROVE_SHELVING, PendingRequest.SHELVING);
		pendingRequest = PendingRequest.NONE;
		if (approved) {
			move(CaseStatus.SHELVED, StageClock.stopped(now));
		}
		record(Action.APPROVE_SHELVING, comment, by, now, List.of(), approved ? "approved" : "rejected");
	}

	/** 处置: handled, reported back with the "after" photos; the on-site check is next. */
	public void reportHandled(Performer by, String comment, List<String> afterPhotos, Instant now,
			Deadlines deadlines) {
		require(Action.HANDLE, status == CaseStatus.DISPATCHED || status == CaseStatus.SHELVED,
				"only a dispatched or shelved case can be handled");
		require(Action.HANDLE, pendingRequest == PendingRequest.NONE,
				"the " + pendingRequest + " request must be decided first");
		requirePhotos(Action.HANDLE, afterPhotos);
		move(CaseStatus.HANDLED, StageClock.start(Stage.CHECK, now, deadlines.limitOf(Stage.CHECK), deadlines));
		record(Action.HANDLE, comment, by, now, afterPhotos, null);
	}

	/** 核查通过: solved, seen on site with a photo. */
	public void passCheck(Performer by, String comment, List<String> photos, Instant now, Deadlines deadlines) {
		require(Action.CHECK_PASS, status == CaseStatus.HANDLED, "only a handled case is checked");
		requirePhotos(Action.CHECK_PASS, photos);
		move(CaseStatus.CHECKED, StageClock.start(Stage.CLOSE, now, deadlines.limitOf(Stage.CLOSE), deadlines));
		record(Action.CHECK_PASS, comment, by, now, photos, null);
	}

	/** 返工: not solved; back to the same department on a fresh handling limit. */
	public void failCheck(Performer by, String reason, List<String> photos, Instant now, Deadlines deadlines) {
		require(Action.CHECK_FAIL, status == CaseStatus.HANDLED, "only a handled case is checked");
		requireText(Action.CHECK_FAIL, reason, "what is still wrong");
		counters.reworked();
		move(CaseStatus.DISPATCHED, StageClock.start(Stage.HANDLE, now, handlingLimit, deadlines));
		record(Action.CHECK_FAIL, reason, by, now, photos, "rework " + counters.rework());
	}

	/** 结案: closed against the closing rule; a citizen's case now waits for the answer back. */
	public void close(Performer by, String comment, Instant now, Deadlines deadlines) {
		require(Action.CLOSE, status == CaseStatus.CHECKED, "only a checked case can be closed");
		closedAt = now;
		move(CaseStatus.CLOSED, awaitsAnswerBack()
				? StageClock.start(Stage.ANSWER_BACK, now, deadlines.limitOf(Stage.ANSWER_BACK), deadlines)
				: StageClock.stopped(now));
		record(Action.CLOSE, comment, by, now, List.of(), null);
	}

	/**
	 * 回访: the citizen's rating. 满意 or 基本满意 ends the case; 不满意 reopens it to the community team, on the
	 * handling limit it had.
	 */
	public void feedback(Performer by, Satisfaction rating, String comment, Instant now, Deadlines deadlines) {
		require(Action.FEEDBACK, status == CaseStatus.CLOSED && clock.stage() == Stage.ANSWER_BACK,
				"only a closed case of a citizen waits for the answer back");
		Objects.requireNonNull(rating, "satisfaction");
		satisfaction = rating;
		if (rating == Satisfaction.UNSATISFIED) {
			counters.reopened();
			communityTeam = true;
			leadDepartment = null;
			assistingDepartments = List.of();
			closedAt = null;
			TimeLimit limit = handlingLimit != null ? handlingLimit : deadlines.limitOf(Stage.HANDLE);
			handlingLimit = limit;
			move(CaseStatus.DISPATCHED, StageClock.start(Stage.HANDLE, now, limit, deadlines));
		}
		else {
			move(CaseStatus.ANSWERED, StageClock.stopped(now));
		}
		record(Action.FEEDBACK, comment, by, now, List.of(), rating.name());
	}

	/** 催办: a reminder on an open case; the state does not change. */
	public void urge(Performer by, String comment, Instant now) {
		require(Action.URGE, status.isOpen(), "only an open case can be urged");
		counters.urged();
		record(Action.URGE, comment, by, now, List.of(), "urge " + counters.urge());
	}

	/** 督办: a supervision order from a leader; the case is marked supervised from now on. */
	public void supervise(Performer by, String comment, Instant now) {
		require(Action.SUPERVISE, status.isOpen(), "only an open case can be supervised");
		supervised = true;
		record(Action.SUPERVISE, comment, by, now, List.of(), null);
	}

	/** Links a fresh report to an open master case: its reporter follows the master and gets its answers. */
	public void linkAsDuplicateOf(Performer by, Case master, String comment, Instant now) {
		require(Action.LINK_DUPLICATE, status == CaseStatus.REPORTED || status == CaseStatus.VERIFIED,
				"only a report not yet filed can be linked as a duplicate");
		require(Action.LINK_DUPLICATE, master.id != null && !master.id.equals(id), "a case cannot duplicate itself");
		require(Action.LINK_DUPLICATE, master.status != CaseStatus.DUPLICATE, "the master is itself a duplicate");
		masterCaseId = master.id;
		move(CaseStatus.DUPLICATE, StageClock.stopped(now));
		record(Action.LINK_DUPLICATE, comment, by, now, List.of(), "duplicate of " + master.number);
	}

	/** Undoes a wrong link: the report is a case of its own again, to be verified. */
	public void unlinkDuplicate(Performer by, String comment, Instant now, Deadlines deadlines) {
		require(Action.UNLINK_DUPLICATE, status == CaseStatus.DUPLICATE, "the case is not a duplicate");
		masterCaseId = null;
		CaseStatus back = channel.needsVerification() ? CaseStatus.REPORTED : CaseStatus.VERIFIED;
		Stage stage = back == CaseStatus.REPORTED ? Stage.VERIFY : Stage.FILE;
		move(back, StageClock.start(stage, now, deadlines.limitOf(stage), deadlines));
		record(Action.UNLINK_DUPLICATE, comment, by, now, List.of(), null);
	}

	/**
	 * The deadline timer's mark: yellow at 80 % of the stage's limit, red when overdue. Ignored (returns false) when
	 * the case has left the stage the timer was set for, or already shows that colour.
	 */
	public boolean warn(Stage stage, Instant stageStartedAt, WarningLevel level, Instant now) {
		return warn(stage, stageStartedAt, level, now, null);
	}

	/** As {@link #warn(Stage, Instant, WarningLevel, Instant)}, noting to whom the case was escalated. */
	public boolean warn(Stage stage, Instant stageStartedAt, WarningLevel level, Instant now, String escalation) {
		if (clock.stage() != stage || !clock.startedAt().equals(stageStartedAt)
				|| clock.warning().compareTo(level) >= 0) {
			return false;
		}
		clock = clock.withWarning(level);
		record(Action.WARN, null, Performer.SYSTEM, now, List.of(),
				stage + " " + level + (escalation == null ? "" : "; " + escalation));
		return true;
	}

	private boolean awaitsAnswerBack() {
		return channel.hasCitizenReporter();
	}

	private void requireRequestable(Action action) {
		require(action, status == CaseStatus.DISPATCHED, "only a case being handled allows requests");
		require(action, pendingRequest == PendingRequest.NONE, "a " + pendingRequest + " request is already pending");
	}

	private void requirePending(Action action, PendingRequest expected) {
		require(action, pendingRequest == expected, "no " + expected + " request is pending");
	}

	private void require(Action action, boolean allowed, String why) {
		if (!allowed) {
			throw new IllegalTransitionException(action, status, why);
		}
	}

	private static void requireText(Action action, String text, String what) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(action.path() + " needs " + what + " in the comment");
		}
	}

	private static void requirePhotos(Action action, List<String> photos) {
		if (photos == null || photos.isEmpty()) {
			throw new IllegalArgumentException(action.path() + " needs at least one photo taken on site");
		}
	}

	private void move(CaseStatus to, StageClock newClock) {
		this.movedFrom = status;
		this.status = to;
		this.clock = newClock;
	}

	private void record(Action action, String comment, Performer by, Instant now, List<String> attachments,
			String detail) {
		CaseStatus from = action == Action.REPORT || action == Action.SELF_HANDLE ? null
				: movedFrom != null ? movedFrom : status;
		movedFrom = null;
		changes.add(new Transition(action, from, status, now, by, comment, attachments, clock.stage(),
				clock.deadline(), detail));
	}

	/**
	 * The deadline in force before the first of the {@link #changes()}: the stored clock's for a stored case, none
	 * for a new one.
	 */
	Instant deadlineBeforeChanges() {
		return deadlineAsStored;
	}

	/** The transitions recorded since this object was loaded or created, oldest first. */
	public List<Transition> changes() {
		return List.copyOf(changes);
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a == null ? List.of() : a);
		all.addAll(b);
		return all;
	}

	public Long id() {
		return id;
	}

	public int version() {
		return version;
	}

	public String number() {
		return number;
	}

	public CaseStatus status() {
		return status;
	}

	public Channel channel() {
		return channel;
	}

	public String categoryCode() {
		return categoryCode;
	}

	public String description() {
		return description;
	}

	public GeoPoint location() {
		return location;
	}

	public CaseLocation region() {
		return region;
	}

	public Long reporterId() {
		return reporterId;
	}

	public Contact contact() {
		return contact;
	}

	public Instant reportedAt() {
		return reportedAt;
	}

	public String proposedDepartment() {
		return proposedDepartment;
	}

	public String leadDepartment() {
		return leadDepartment;
	}

	public List<String> assistingDepartments() {
		return assistingDepartments;
	}

	/** Reopened after 不满意: handled by the community's officers instead of a department. */
	public boolean communityTeam() {
		return communityTeam;
	}

	public TimeLimit handlingLimit() {
		return handlingLimit;
	}

	public StageClock clock() {
		return clock;
	}

	public PendingRequest pendingRequest() {
		return pendingRequest;
	}

	public TimeLimit requestedExtension() {
		return requestedExtension;
	}

	public Counters counters() {
		return counters;
	}

	public boolean supervised() {
		return supervised;
	}

	public Satisfaction satisfaction() {
		return satisfaction;
	}

	public Long masterCaseId() {
		return masterCaseId;
	}

	/** What the case is about besides its place (a facility…); null for a case about a place only. */
	public CaseSubject subject() {
		return subject;
	}

	public Instant closedAt() {
		return closedAt;
	}
}
