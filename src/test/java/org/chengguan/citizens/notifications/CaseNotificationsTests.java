package org.chengguan.citizens.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.cases.Action;
import org.chengguan.cases.ActionCommand;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Channel;
import org.chengguan.cases.ReportCommand;
import org.chengguan.cases.Satisfaction;
import org.chengguan.citizens.CitizenFixtures;
import org.chengguan.citizens.CitizenFixtures.Team;
import org.chengguan.citizens.NotificationKind;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.platform.ConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the citizens who follow a case are told, written to the outbox in the transaction of each transition. */
@PlatformTest
class CaseNotificationsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Outbox outbox;

	@Autowired
	CaseManagement cases;

	@Autowired
	TransactionTemplate transaction;

	CitizenFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new CitizenFixtures(context);
	}

	List<OutboxEntry> rows(long caseId) {
		return outbox.ofCase(caseId);
	}

	List<NotificationKind> kindsFor(long caseId, Actor recipient) {
		return rows(caseId).stream().filter(r -> r.recipientId() == recipient.userId()).map(OutboxEntry::kind).toList();
	}

	@Test
	void writesTheRowInTheTransitionsTransactionAndNothingWhenThatRollsBack() throws Exception {
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		Actor citizen = fixtures.newCitizen();
		long id = fixtures.report(citizen, p, "E0102").id();
		fixtures.act(t.inspector(), id, Action.VERIFY);

		transaction.executeWithoutResult(status -> {
			fixtures.act(t.shiftLeader(), id, Action.FILE);
			status.setRollbackOnly();
		});
		assertThat(rows(id)).as("rolled back with the filing").isEmpty();
		assertThat(cases.get(citizen, id).status()).isEqualTo(CaseStatus.VERIFIED);

		// committed with it: written by the transition's transaction just before it commits (all of its notifications
		// in one statement), seen there and by no one else until the commit
		List<OutboxEntry> seenInside = new ArrayList<>();
		List<OutboxEntry> seenOutside = new ArrayList<>();
		transaction.executeWithoutResult(status -> {
			fixtures.act(t.shiftLeader(), id, Action.FILE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					seenInside.addAll(rows(id));
					seenOutside.addAll(CompletableFuture.supplyAsync(() -> rows(id)).join());
				}
			});
		});
		assertThat(seenInside).extracting(OutboxEntry::kind, OutboxEntry::recipientId)
			.containsExactly(tuple(NotificationKind.FILED, citizen.userId()));
		assertThat(seenOutside).as("another connection sees nothing before the commit").isEmpty();
		assertThat(rows(id)).extracting(OutboxEntry::kind).containsExactly(NotificationKind.FILED);
	}

	@Test
	void writesNothingForATransitionRefusedAsStale() {
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		Actor citizen = fixtures.newCitizen();
		long id = fixtures.report(citizen, p, "E0102").id();
		Case verified = fixtures.act(t.inspector(), id, Action.VERIFY);
		ActionCommand stale = new ActionCommand(null, null, null, null, null, verified.version() - 1, null, null, null,
				null, null);

		assertThatThrownBy(() -> fixtures.act(t.shiftLeader(), id, Action.FILE, stale))
			.isInstanceOf(ConflictException.class);
		assertThat(rows(id)).isEmpty();
	}

	@Test
	void racingTransitionsWriteTheWinnersRowsOnly() throws Exception {
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		Actor citizen = fixtures.newCitizen();
		long id = fixtures.report(citizen, p, "E0102").id();
		fixtures.act(t.inspector(), id, Action.VERIFY);

		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> attempts = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			attempts.add(pool.submit(() -> {
				start.await();
				try {
					fixtures.act(t.shiftLeader(), id, Action.FILE);
					return true;
				}
				catch (ConflictException lost) {
					return false;
				}
			}));
		}
		start.countDown();
		int won = 0;
		for (Future<Boolean> attempt : attempts) {
			won += attempt.get() ? 1 : 0;
		}
		pool.shutdown();

		assertThat(won).isEqualTo(1);
		assertThat(kindsFor(id, citizen)).containsExactly(NotificationKind.FILED);
	}

	@Test
	void tellsTheReporterOfEachStepUntilTheyRateAndOfTheReopening() {
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		Actor citizen = fixtures.newCitizen();
		Case c = fixtures.report(citizen, p, "E0102");
		long id = c.id();
		fixtures.file(t, id);
		fixtures.dispatchHandleCheckAndClose(t, id);
		fixtures.act(citizen, id, Action.FEEDBACK, CitizenFixtures.rating(Satisfaction.UNSATISFIED));

		List<OutboxEntry> told = rows(id);
		assertThat(told).extracting(OutboxEntry::kind).containsExactly(NotificationKind.FILED,
				NotificationKind.DISPATCHED, NotificationKind.HANDLED, NotificationKind.RATE_REQUEST,
				NotificationKind.REOPENED);
		assertThat(told).allSatisfy(row -> {
			assertThat(row.recipientId()).isEqualTo(citizen.userId());
			assertThat(row.caseNumber()).isEqualTo(c.number());
			assertThat(row.channel()).isEqualTo("recording");
		});
		var messages = outboxTexts(id);
		assertThat(messages.get(0)).isEqualTo("您反映的问题已立案（案卷号 " + c.number() + "），我们将尽快派遣处置。");
		assertThat(messages.get(1)).contains("已派遣至环卫处处置");
		assertThat(messages.get(3)).contains("请对处置结果进行评价");
		assertThat(messages.get(4)).contains("不满意").contains("社区城管队员");
	}

	@Test
	void tellsOfTheFilingAndOfTheDispatchWhenARoutingRuleDispatchesAtFiling() {
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		Actor citizen = fixtures.newCitizen();
		long id = fixtures.report(citizen, p, "E0403").id();
		fixtures.file(t, id);

		assertThat(kindsFor(id, citizen)).containsExactly(NotificationKind.FILED, NotificationKind.DISPATCHED);
		assertThat(outboxTexts(id).get(1)).contains("已派遣至燃气公司处置");
	}

	@Test
	void tellsTheReporterWhyTheirReportWasNotFiled() {
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		Actor citizen = fixtures.newCitizen();
		long id = fixtures.report(citizen, p, "E0102").id();
		fixtures.act(t.inspector(), id, Action.VERIFY);
		fixtures.act(t.shiftLeader(), id, Action.VOID, ActionCommand.comment("现场未发现该问题"));

		assertThat(kindsFor(id, citizen)).containsExactly(NotificationKind.VOIDED);
		assertThat(outboxTexts(id)).singleElement().asString().endsWith("不予立案，原因：现场未发现该问题");
	}

	@Test
	void tellsOfTheClosingOnlyWhenASatisfiedRatingEndsTheCase() {
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		Actor citizen = fixtures.newCitizen();
		long id = fixtures.report(citizen, p, "E0102").id();
		fixtures.file(t, id);
		fixtures.dispatchHandleCheckAndClose(t, id);
		fixtures.act(citizen, id, Action.FEEDBACK, CitizenFixtures.rating(Satisfaction.SATISFIED));

		assertThat(kindsFor(id, citizen)).containsExactly(NotificationKind.FILED, NotificationKind.DISPATCHED,
				NotificationKind.HANDLED, NotificationKind.RATE_REQUEST);
	}

	@Test
	void tellsAReporterTheirReportDuplicatesAnOpenCaseAndThenHowThatCaseGoes() {
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		Actor first = fixtures.newCitizen();
		Actor second = fixtures.newCitizen();
		Case master = fixtures.report(first, p, "E0102");
		Case duplicate = fixtures.report(second, new GeoPoint(p.lat() + 0.00018, p.lon()), "E0102");
		assertThat(duplicate.status()).isEqualTo(CaseStatus.DUPLICATE);

		assertThat(rows(duplicate.id())).singleElement().satisfies(row -> {
			assertThat(row.kind()).isEqualTo(NotificationKind.DUPLICATE);
			assertThat(row.recipientId()).isEqualTo(second.userId());
		});
		assertThat(outboxTexts(duplicate.id())).singleElement().asString()
			.contains(duplicate.number())
			.contains("在办案卷 " + master.number());

		fixtures.file(t, master.id());
		fixtures.dispatchHandleCheckAndClose(t, master.id());
		assertThat(kindsFor(master.id(), first)).containsExactly(NotificationKind.FILED, NotificationKind.DISPATCHED,
				NotificationKind.HANDLED, NotificationKind.RATE_REQUEST);
		assertThat(kindsFor(master.id(), second)).as("the duplicate's reporter follows the master but cannot rate it")
			.containsExactly(NotificationKind.FILED, NotificationKind.DISPATCHED, NotificationKind.HANDLED,
					NotificationKind.CLOSED);
	}

	@Test
	void tellsOfALinkMadeByAnOperator() {
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		Actor first = fixtures.newCitizen();
		Actor second = fixtures.newCitizen();
		Case master = fixtures.report(first, p, "E0104");
		Case later = fixtures.report(second, new GeoPoint(p.lat() + 0.00018, p.lon()), "E0105");
		fixtures.act(t.operator(), later.id(), Action.LINK_DUPLICATE, CitizenFixtures.masterIs(master.id()));

		assertThat(kindsFor(later.id(), second)).containsExactly(NotificationKind.DUPLICATE);
		assertThat(outboxTexts(later.id())).singleElement().asString().contains(master.number());
	}

	@Test
	void tellsNoStaffWhoReportedACase() {
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		Actor operator = new TestUsers(context).ensure(TestUsers.OPERATOR);
		long id = cases.report(operator, new ReportCommand("E0102", "热线来电：路边垃圾", p.lat(), p.lon(), "wgs84",
				Channel.HOTLINE, List.of(), "王先生", "13900000000", false, null), null).reported().id();
		fixtures.file(t, id);

		assertThat(rows(id)).as("the hotline operator is the reporter of record; the caller has no account").isEmpty();
	}

	private List<String> outboxTexts(long caseId) {
		return transaction.execute(status -> context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("SELECT text FROM citizens.notification WHERE case_id = ? ORDER BY id")
			.param(caseId)
			.query(String.class)
			.list());
	}
}
