package org.chengguan.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.chengguan.PlatformTest;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.UnprocessableException;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The service on the real database and demo geography, with actors built in the test (ids need no user rows). */
@PlatformTest
public class CaseManagementTests {

	private static final AtomicInteger spots = new AtomicInteger();

	@Autowired
	CaseManagement cases;

	@Autowired
	RegionDirectory regions;

	@Autowired
	DemoDataLoader demoData;

	@Autowired
	org.chengguan.cases.photos.PhotoLibrary photoLibrary;

	@Autowired
	Cases store;

	/** The platform's clock: to the microsecond, as the database keeps instants. */
	@Autowired
	java.time.Clock clock;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transaction;

	private static int photoSeed = (int) (System.nanoTime() & 0xFFFF);

	/** A real photo uploaded by the actor, as a case step needs. */
	String photoBy(Actor actor) {
		return photoLibrary.upload(actor.userId(), new java.io.ByteArrayInputStream(
				org.chengguan.cases.photos.TestImages.jpeg(40, 30, photoSeed++))).id().toString();
	}

	@BeforeEach
	void geography() {
		demoData.loadIfAbsent();
	}

	/** A fresh point for each report, ~130 m apart, so that tests never see each other's cases as duplicates. */
	public static GeoPoint nextSpot() {
		int k = spots.incrementAndGet();
		return new GeoPoint(33.935 + (k / 25) * 0.0012, 116.775 + (k % 25) * 0.0014);
	}

	record Team(Actor citizen, Actor inspector, Actor shiftLeader, Actor dispatcher, Actor handler, Actor operator,
			Location location) {
	}

	Team teamAt(GeoPoint point) {
		Location at = regions.locate(point).orElseThrow();
		String community = at.community().orElseThrow().code();
		String street = at.street().code();
		String district = at.district().code();
		long base = 1_000_000L + spots.get() * 10L;
		return new Team(actor(base + 1, Role.CITIZEN, null, null),
				new Actor(base + 2, "i", "i", Set.of(Role.INSPECTOR), community, null, Set.of(at.grid().orElseThrow().code())),
				actor(base + 3, Role.SHIFT_LEADER, street, null), actor(base + 4, Role.DISPATCHER, district, null),
				actor(base + 5, Role.HANDLER, "3406", "SANITATION"), actor(base + 6, Role.OPERATOR, district, null), at);
	}

	static Actor actor(long id, Role role, String scope, String department) {
		return new Actor(id, role.name().toLowerCase(), role.name(), Set.of(role), scope, department, Set.of());
	}

	static ReportCommand citizenReport(GeoPoint p, String category) {
		return new ReportCommand(category, "路边有暴露垃圾 <script>alert(1)</script>", p.lat(), p.lon(), "wgs84",
				Channel.CITIZEN_APP, List.of(), null, null, false, null);
	}

	@Test
	void locatesAReportToItsGridAndNumbersItByDay() {
		GeoPoint p = nextSpot();
		Team team = teamAt(p);
		Case c = cases.report(team.citizen(), citizenReport(p, "E0102"), null).reported();
		assertThat(c.status()).isEqualTo(CaseStatus.REPORTED);
		assertThat(c.region().gridCode()).isEqualTo(team.location().grid().orElseThrow().code());
		assertThat(c.region().districtCode()).isEqualTo(team.location().district().code());
		assertThat(c.number()).matches("20\\d{6}\\d{6,}");
		assertThat(c.description()).as("stored as text, escaped on output").contains("<script>");
		assertThat(c.reporterId()).isEqualTo(team.citizen().userId());
	}

	@Test
	void takesACaseThroughTheWholeLifecycleWithScopedStaff() {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		long id = cases.report(t.citizen(), citizenReport(p, "E0102"), null).reported().id();
		cases.act(t.inspector(), id, Action.VERIFY, ActionCommand.comment("属实"));
		Case filed = cases.act(t.shiftLeader(), id, Action.FILE, ActionCommand.comment(null));
		assertThat(filed.proposedDepartment()).isEqualTo("SANITATION");
		Case dispatched = cases.act(t.dispatcher(), id, Action.DISPATCH, ActionCommand.comment(null));
		assertThat(dispatched.leadDepartment()).isEqualTo("SANITATION");
		assertThat(dispatched.handlingLimit().unit()).isNotNull();
		cases.act(t.handler(), id, Action.HANDLE, withPhotos(photoBy(t.handler())));
		cases.act(t.inspector(), id, Action.CHECK_PASS, withPhotos(photoBy(t.inspector())));
		cases.act(t.shiftLeader(), id, Action.CLOSE, ActionCommand.comment(null));
		Case answered = cases.act(t.citizen(), id, Action.FEEDBACK, new ActionCommand("好", null, null, null,
				Satisfaction.SATISFIED, null, null, null, null, null, null));
		assertThat(answered.status()).isEqualTo(CaseStatus.ANSWERED);
		assertThat(cases.timeline(t.citizen(), id)).extracting(Transition::action).containsExactly(Action.REPORT,
				Action.VERIFY, Action.FILE, Action.DISPATCH, Action.HANDLE, Action.CHECK_PASS, Action.CLOSE,
				Action.FEEDBACK);
		assertThat(cases.timeline(t.citizen(), id)).extracting(tr -> tr.by().role()).containsExactly("CITIZEN",
				"INSPECTOR", "SHIFT_LEADER", "DISPATCHER", "HANDLER", "INSPECTOR", "SHIFT_LEADER", "CITIZEN");
	}

	@Test
	void eachActionAnswersWithTheCaseExactlyAsItIsThenReadBack() {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		Case reported = cases.report(t.citizen(), citizenReport(p, "E0102"), null).reported();
		long id = reported.id();
		assertThat(reported).as("REPORT").usingRecursiveComparison().isEqualTo(cases.get(t.citizen(), id));
		answersAsStored(t, id, t.inspector(), Action.VERIFY, ActionCommand.comment("属实"));
		answersAsStored(t, id, t.shiftLeader(), Action.FILE, ActionCommand.comment(null));
		answersAsStored(t, id, t.dispatcher(), Action.DISPATCH, ActionCommand.comment(null));
		answersAsStored(t, id, t.handler(), Action.REQUEST_EXTENSION, new ActionCommand("材料未到", null, null, null,
				null, null, null, null, new java.math.BigDecimal("1.50"), org.chengguan.worktime.TimeLimitUnit.WORK_DAYS,
				null));
		answersAsStored(t, id, t.dispatcher(), Action.APPROVE_EXTENSION, ActionCommand.comment(null));
		answersAsStored(t, id, t.handler(), Action.HANDLE, withPhotos(photoBy(t.handler())));
		answersAsStored(t, id, t.inspector(), Action.CHECK_PASS, withPhotos(photoBy(t.inspector())));
		answersAsStored(t, id, t.shiftLeader(), Action.CLOSE, ActionCommand.comment(null));
		Case answered = answersAsStored(t, id, t.citizen(), Action.FEEDBACK, new ActionCommand("好", null, null, null,
				Satisfaction.SATISFIED, null, null, null, null, null, null));

		assertThat(answered.version()).isEqualTo(10);
		assertThat(answered.status()).isEqualTo(CaseStatus.ANSWERED);
	}

	@Test
	void rightAfterEachActionTheHistoryComesFromTheTrailTheActionReadAndEqualsTheStoredOne() {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		long id = cases.report(t.citizen(), citizenReport(p, "E0102"), null).reported().id();
		historyAsStored(id, t.inspector(), Action.VERIFY, ActionCommand.comment("属实"));
		historyAsStored(id, t.shiftLeader(), Action.FILE, ActionCommand.comment(null));
		historyAsStored(id, t.dispatcher(), Action.DISPATCH, ActionCommand.comment(null));
		historyAsStored(id, t.handler(), Action.REQUEST_RETURN, ActionCommand.comment("不属本部门"));
		historyAsStored(id, t.dispatcher(), Action.APPROVE_RETURN, ActionCommand.comment(null));
		historyAsStored(id, t.dispatcher(), Action.DISPATCH, ActionCommand.comment(null));
		historyAsStored(id, t.handler(), Action.HANDLE, withPhotos(photoBy(t.handler())));
		historyAsStored(id, t.inspector(), Action.CHECK_PASS, withPhotos(photoBy(t.inspector())));
		historyAsStored(id, t.shiftLeader(), Action.CLOSE, ActionCommand.comment(null));
		CaseHistory answered = historyAsStored(id, t.citizen(), Action.FEEDBACK, new ActionCommand("好", null, null,
				null, Satisfaction.SATISFIED, null, null, null, null, null, null));
		assertThat(answered.steps()).hasSizeGreaterThanOrEqualTo(11);

		// outside the action's transaction nothing is remembered: the history is read from the database
		assertThat(store.trails().knows(id)).isFalse();
		assertThat(cases.history(id)).get().usingRecursiveComparison().isEqualTo(answered);
	}

	/** A citizen's report at the spot, verified, filed and dispatched by the team there; its id. */
	private long dispatchedReport(Team t, GeoPoint p) {
		long id = cases.report(t.citizen(), citizenReport(p, "E0102"), null).reported().id();
		cases.act(t.inspector(), id, Action.VERIFY, ActionCommand.comment(null));
		cases.act(t.shiftLeader(), id, Action.FILE, ActionCommand.comment(null));
		cases.act(t.dispatcher(), id, Action.DISPATCH, ActionCommand.comment(null));
		return id;
	}

	@Test
	void aStepWithOneFaultyPhotoAttachesNoneAndAPhotoAlreadyOnTheCaseMayBeShownAgain() {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		long id = dispatchedReport(t, p);
		String mine = photoBy(t.handler());
		String theirs = photoBy(t.inspector());
		assertThatThrownBy(() -> cases.act(t.handler(), id, Action.HANDLE, withPhotos(mine, theirs)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("photo " + theirs + " was uploaded by someone else");
		assertThat(photoLibrary.find(java.util.UUID.fromString(mine)).orElseThrow().caseId()).as("rolled back").isNull();
		assertThat(cases.get(t.handler(), id).status()).isEqualTo(CaseStatus.DISPATCHED);

		cases.act(t.handler(), id, Action.HANDLE, withPhotos(mine));
		assertThat(photoLibrary.find(java.util.UUID.fromString(mine)).orElseThrow().caseId()).isEqualTo(id);
		// the inspector may show the handler's photo of this case again, with one of their own
		Case checked = cases.act(t.inspector(), id, Action.CHECK_PASS, withPhotos(mine, theirs));
		assertThat(checked.status()).isEqualTo(CaseStatus.CHECKED);
		assertThat(photoLibrary.find(java.util.UUID.fromString(theirs)).orElseThrow().caseId()).isEqualTo(id);

		GeoPoint elsewhere = nextSpot();
		Team t2 = teamAt(elsewhere);
		long other = dispatchedReport(t2, elsewhere);
		assertThatThrownBy(() -> cases.act(t2.handler(), other, Action.HANDLE, withPhotos(mine)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("belongs to another case");
	}

	@Test
	void linkingAReportToACaseTheTransactionKnowsMakesItForgetTheCaseWhoseFollowersChanged() {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		long master = cases.report(t.citizen(), citizenReport(p, "E0102"), null).reported().id();
		Actor neighbour = actor(9_100_000L + spots.get(), Role.CITIZEN, null, null);
		// a different category at the same spot: a case of its own, not linked at intake
		long report = cases.report(neighbour, citizenReport(p, "E0103"), null).reported().id();
		transaction.executeWithoutResult(status -> {
			cases.act(t.dispatcher(), master, Action.URGE, ActionCommand.comment("快"));
			assertThat(cases.followersOf(master)).containsExactly(t.citizen().userId());
			cases.act(t.operator(), report, Action.LINK_DUPLICATE, new ActionCommand(null, null, null, null, null,
					null, null, null, null, null, master));
			assertThat(store.trails().knows(master)).isFalse();
			assertThat(cases.followersOf(master)).isEqualTo(store.storedFollowersOf(master))
				.contains(t.citizen().userId(), neighbour.userId());
			cases.act(t.operator(), report, Action.UNLINK_DUPLICATE, ActionCommand.comment("不是同一问题"));
			cases.act(t.dispatcher(), master, Action.URGE, ActionCommand.comment("再催"));
			assertThat(store.trails().knows(master)).isTrue();
			assertThat(cases.followersOf(master)).containsExactly(t.citizen().userId());
			status.setRollbackOnly();
		});
	}

	@Test
	void theIntakesNewCasesAreKnownFromTheirInsertAndACaseThisTransactionWroteIsAnsweredAsStored() {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		Actor neighbour = actor(9_100_000L + spots.get(), Role.CITIZEN, null, null);
		transaction.executeWithoutResult(status -> {
			Instant now = clock.instant();
			List<long[]> drawn = store.allocate(3);
			Case master = newReport(drawn.get(0), p, t.citizen(), now);
			Case duplicate = newReport(drawn.get(1), p, neighbour, now);
			duplicate.linkAsDuplicateOf(Performer.SYSTEM, master, "同一问题", now);
			Case alone = newReport(drawn.get(2), p, neighbour, now);
			// one batch, as the intake writes it: a report linked to another report of the same batch
			store.insertAll(List.of(master, duplicate, alone));
			for (long id : List.of(master.id(), duplicate.id(), alone.id())) {
				assertThat(store.trails().knows(id)).isTrue();
				assertThat(store.history(id)).get().usingRecursiveComparison()
					.isEqualTo(store.histories(List.of(id), 0, 1).get(0));
				assertThat(store.followersOf(id)).isEqualTo(store.storedFollowersOf(id));
				assertThat(store.findById(id)).get().usingRecursiveComparison()
					.isEqualTo(store.findAllById(List.of(id)).get(0));
			}
			assertThat(store.followersOf(master.id())).containsExactlyInAnyOrder(t.citizen().userId(),
					neighbour.userId());
			assertThat(store.trails().number(duplicate.id())).contains(duplicate.number());
			// acting on a case this transaction created: answered from memory as version 1, written as version 2
			Case read = store.findById(master.id()).orElseThrow();
			assertThat(read.version()).isEqualTo(1);
			read.urge(new Performer(t.shiftLeader().userId(), "SHIFT_LEADER"), "快", clock.instant());
			assertThat(store.findById(master.id()).orElseThrow().counters().urge()).as("a copy was answered")
				.isZero();
			assertThat(store.update(read)).isTrue();
			assertThat(store.findById(master.id())).get().usingRecursiveComparison()
				.isEqualTo(store.findAllById(List.of(master.id())).get(0));
			status.setRollbackOnly();
		});
		// a case only read, not written, by a transaction is read again: another may have changed it meanwhile
		GeoPoint q = nextSpot();
		Case stored = cases.report(t.citizen(), citizenReport(q, "E0102"), null).reported();
		long id = stored.id();
		transaction.executeWithoutResult(status -> {
			store.findWithTrail(id).orElseThrow();
			assertThat(store.trails().knows(id)).isTrue();
			assertThat(store.trails().current(id)).isEmpty();
		});
		// but its number never changes: a master the duplicate search found names itself without another read
		transaction.executeWithoutResult(status -> {
			assertThat(store.trails().number(id)).isEmpty();
			var found = store.findDuplicateCandidates(List.of(new Cases.Probe("E0102", q, null)), 50,
					clock.instant().minus(java.time.Duration.ofHours(72)));
			assertThat(found).hasSize(1);
			assertThat(found.get(0)).get().extracting(Case::id).isEqualTo(id);
			assertThat(store.trails().number(id)).contains(stored.number());
			assertThat(cases.number(id)).isEqualTo(stored.number());
		});
		assertThat(cases.number(id)).as("read outside a transaction").isEqualTo(stored.number());
	}

	private Case newReport(long[] drawn, GeoPoint p, Actor reporter, Instant now) {
		var at = regions.locate(p).orElseThrow();
		NewCase report = new NewCase(Channel.CITIZEN_APP, "E0102", "测试", p,
				new CaseLocation(at.grid().map(org.chengguan.regions.Region::code).orElse(null),
						at.community().map(org.chengguan.regions.Region::code).orElse(null), at.street().code(),
						at.district().code()),
				reporter.userId(), null, List.of(), null);
		return Case.report(drawn[0], "T" + drawn[1], report, new Performer(reporter.userId(), "CITIZEN"), now,
				TestDeadlines.INSTANCE);
	}

	@Test
	void anyWriteFromTheVersionReadExtendsTheKnownTrailAndAStaleOneForgetsIt() {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		long id = cases.report(t.citizen(), citizenReport(p, "E0102"), null).reported().id();
		Performer leader = new Performer(t.shiftLeader().userId(), "SHIFT_LEADER");
		transaction.executeWithoutResult(status -> {
			Case read = store.findWithTrail(id).orElseThrow();
			assertThat(store.trails().knows(id)).isTrue();
			// another copy read at the same version and written first: the trail known is that write's
			Case other = store.findById(id).orElseThrow();
			other.urge(leader, "快", clock.instant());
			assertThat(store.update(other)).isTrue();
			assertThat(store.trails().knows(id)).isTrue();
			assertThat(store.history(id)).get().usingRecursiveComparison()
				.isEqualTo(store.histories(List.of(id), 0, 1).get(0));
			// the first copy is stale now: nothing is written and the trail is read from the database again
			read.urge(leader, "再催", clock.instant());
			assertThat(store.update(read)).as("stale").isFalse();
			assertThat(store.trails().knows(id)).isFalse();
			assertThat(store.history(id).orElseThrow().steps()).extracting(s -> s.transition().action())
				.containsExactly(Action.REPORT, Action.URGE);
			status.setRollbackOnly();
		});
	}

	/**
	 * Acts in a transaction and, still in it, checks that the case's history is served from the trail the action
	 * read (no read of its own) and equals what the database holds.
	 */
	private CaseHistory historyAsStored(long id, Actor actor, Action action, ActionCommand command) {
		return transaction.execute(status -> {
			cases.act(actor, id, action, command);
			assertThat(store.trails().knows(id)).as(action.name()).isTrue();
			CaseHistory known = cases.history(id).orElseThrow();
			CaseHistory stored = store.histories(List.of(id), 0, 1).get(0);
			assertThat(known).as(action.name()).usingRecursiveComparison().isEqualTo(stored);
			assertThat(cases.followersOf(id)).as(action.name()).isEqualTo(store.storedFollowersOf(id)).isNotEmpty();
			return known;
		});
	}

	/** Acts, and checks that the answer is the case as a fresh read finds it (the answer is not read back). */
	private Case answersAsStored(Team t, long id, Actor actor, Action action, ActionCommand command) {
		Case answer = cases.act(actor, id, action, command);
		assertThat(answer).as(action.name()).usingRecursiveComparison().isEqualTo(cases.get(t.citizen(), id));
		return answer;
	}

	@Test
	void aRuleForAnUrgentCategoryDispatchesAtFilingWithItsAssistingDepartments() {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		long id = cases.report(t.citizen(), citizenReport(p, "E0403"), null).reported().id();
		cases.act(t.inspector(), id, Action.VERIFY, ActionCommand.comment("有燃气味"));
		Case filed = cases.act(t.shiftLeader(), id, Action.FILE, ActionCommand.comment(null));
		assertThat(filed.status()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(filed.leadDepartment()).isEqualTo("GAS");
		assertThat(filed.assistingDepartments()).containsExactly("TRAFFIC_MANAGEMENT", "STREET_OFFICE");
		assertThat(cases.timeline(t.citizen(), id)).last().satisfies(tr -> {
			assertThat(tr.action()).isEqualTo(Action.DISPATCH);
			assertThat(tr.by()).isEqualTo(Performer.SYSTEM);
		});
	}

	@Test
	void refusesStaffOutsideTheirScopeOrDepartment() {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		long id = cases.report(t.citizen(), citizenReport(p, "E0102"), null).reported().id();
		cases.act(t.inspector(), id, Action.VERIFY, ActionCommand.comment(null));
		Actor otherStreetLeader = actor(77, Role.SHIFT_LEADER, t.location().district().code() + "999", null);
		assertThatThrownBy(() -> cases.act(otherStreetLeader, id, Action.FILE, ActionCommand.comment(null)))
			.isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("outside");
		assertThatThrownBy(() -> cases.act(t.dispatcher(), id, Action.FILE, ActionCommand.comment(null)))
			.isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("SHIFT_LEADER");
		cases.act(t.shiftLeader(), id, Action.FILE, ActionCommand.comment(null));
		cases.act(t.dispatcher(), id, Action.DISPATCH, ActionCommand.comment(null));
		Actor landscape = actor(78, Role.HANDLER, "3406", "LANDSCAPE");
		assertThatThrownBy(() -> cases.act(landscape, id, Action.HANDLE, withPhotos("x")))
			.isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("SANITATION");
		Actor stranger = actor(79, Role.CITIZEN, null, null);
		assertThatThrownBy(() -> cases.timeline(stranger, id)).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyCreatesNothingNew() {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		var first = cases.report(t.citizen(), citizenReport(p, "E0104"), "key-" + p);
		var retry = cases.report(t.citizen(), citizenReport(p, "E0104"), "key-" + p);
		assertThat(first.created()).isTrue();
		assertThat(retry.created()).isFalse();
		assertThat(retry.reported().id()).isEqualTo(first.reported().id());
		assertThat(retry.reported().status()).as("not linked to itself as a duplicate").isEqualTo(CaseStatus.REPORTED);
		assertThatThrownBy(() -> cases.report(t.citizen(), citizenReport(p, "E0106"), "key-" + p))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("different report");
	}

	@Test
	void concurrentRetriesWithOneKeyFileOneCase() throws Exception {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		List<Long> ids = race(8, () -> cases.report(t.citizen(), citizenReport(p, "E0301"), "race-" + p).reported().id());
		assertThat(ids).hasSize(8).containsOnly(ids.get(0));
	}

	@Test
	void aSecondReportOfTheSameProblemNearbyIsLinkedAsADuplicate() {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		Case master = cases.report(t.citizen(), citizenReport(p, "E0503"), null).reported();
		GeoPoint twentyMetresAway = new GeoPoint(p.lat() + 0.00018, p.lon());
		Case second = cases.report(t.citizen(), citizenReport(twentyMetresAway, "E0503"), null).reported();
		assertThat(second.status()).isEqualTo(CaseStatus.DUPLICATE);
		assertThat(second.masterCaseId()).isEqualTo(master.id());
		Case otherCategory = cases.report(t.citizen(), citizenReport(twentyMetresAway, "E0504"), null).reported();
		assertThat(otherCategory.status()).isEqualTo(CaseStatus.REPORTED);
		Case unlinked = cases.act(t.operator(), second.id(), Action.UNLINK_DUPLICATE, ActionCommand.comment("不同问题"));
		assertThat(unlinked.status()).isEqualTo(CaseStatus.REPORTED);
	}

	@Test
	void twoActorsActingAtOnceOnOneCaseExactlyOneWins() throws Exception {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		long id = cases.report(t.citizen(), citizenReport(p, "E0102"), null).reported().id();
		Actor secondInspector = new Actor(t.inspector().userId() + 100, "i2", "i2", Set.of(Role.INSPECTOR),
				t.inspector().scopeRegionCode(), null, Set.of());
		List<Object> outcomes = race(2, List.of(t.inspector(), secondInspector), actor -> {
			try {
				return cases.act(actor, id, Action.VERIFY, ActionCommand.comment(actor.username()));
			}
			catch (ConflictException e) {
				return e;
			}
		});
		assertThat(outcomes).filteredOn(o -> o instanceof Case).hasSize(1);
		assertThat(outcomes).filteredOn(o -> o instanceof ConflictException).hasSize(1);
		assertThat(cases.timeline(t.citizen(), id)).extracting(Transition::action)
			.containsExactly(Action.REPORT, Action.VERIFY);
	}

	@Test
	void aStaleExpectedVersionIsAConflictThatNamesTheCurrentState() {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		long id = cases.report(t.citizen(), citizenReport(p, "E0102"), null).reported().id();
		cases.act(t.inspector(), id, Action.VERIFY, ActionCommand.comment(null));
		assertThatThrownBy(() -> cases.act(t.shiftLeader(), id, Action.FILE,
				new ActionCommand(null, null, null, null, null, 1, null, null, null, null, null)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("VERIFIED")
			.hasMessageContaining("version 2");
	}

	@Test
	void rejectsBadReportsAndStoresNothing() {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		assertThatThrownBy(() -> cases.report(t.citizen(), citizenReport(p, "E9999"), null))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("E9999");
		assertThatThrownBy(() -> cases.report(t.citizen(), new ReportCommand("E0102", "x".repeat(4001), p.lat(), p.lon(),
				null, Channel.CITIZEN_APP, null, null, null, false, null), null))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("4000");
		assertThatThrownBy(() -> cases.report(t.citizen(), citizenReport(new GeoPoint(39.9, 116.4), "E0102"), null))
			.isInstanceOf(UnprocessableException.class).hasMessageContaining("outside the city");
		assertThatThrownBy(() -> cases.report(t.citizen(), new ReportCommand("E0102", "x", p.lat(), p.lon(), null,
				Channel.INSPECTOR, null, null, null, false, null), null))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> cases.report(t.operator(), new ReportCommand("E0102", "x", p.lat(), p.lon(), null,
				Channel.HOTLINE, null, "张三", null, false, null), null))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("contactPhone");
		assertThat(cases.search(t.citizen(), CaseQuery.of(null, 0, 50)).total()).isZero();
	}

	@Test
	void anInspectorsSelfHandledReportIsClosedAtOnce() {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		Case c = cases.report(t.inspector(), new ReportCommand("E0201", "小广告已清除", p.lat(), p.lon(), "wgs84",
				Channel.INSPECTOR, List.of(photoBy(t.inspector())), null, null, true, List.of(photoBy(t.inspector()))),
				null).reported();
		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
		assertThatThrownBy(() -> cases.report(t.inspector(), new ReportCommand("E0201", "再报", p.lat() + 0.001,
				p.lon(), "wgs84", Channel.INSPECTOR, List.of(), null, null, true, List.of("no-such-photo")), null))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("does not exist");
	}

	@Test
	void aCitizenListsOnlyTheirOwnCases() {
		GeoPoint p = nextSpot();
		Team t = teamAt(p);
		cases.report(t.citizen(), citizenReport(p, "E0105"), null);
		var mine = cases.search(t.citizen(), CaseQuery.of(null, 0, 50));
		assertThat(mine.cases()).isNotEmpty().allSatisfy(c -> assertThat(c.reporterId()).isEqualTo(t.citizen().userId()));
	}

	static ActionCommand withPhotos(String... ids) {
		return new ActionCommand(null, null, null, List.of(ids), null, null, null, null, null, null, null);
	}

	private static <T> List<T> race(int n, java.util.concurrent.Callable<T> task) throws Exception {
		List<java.util.concurrent.Callable<T>> tasks = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			tasks.add(task);
		}
		return run(tasks);
	}

	private static <A, T> List<T> race(int n, List<A> actors, java.util.function.Function<A, T> task) throws Exception {
		List<java.util.concurrent.Callable<T>> tasks = new ArrayList<>();
		for (A actor : actors) {
			tasks.add(() -> task.apply(actor));
		}
		return run(tasks);
	}

	static <T> List<T> run(List<java.util.concurrent.Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (var task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> f : futures) {
				results.add(f.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}
}
