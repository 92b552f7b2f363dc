package org.chengguan.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chengguan.cases.TestDeadlines.workHours;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.chengguan.geo.GeoPoint;
import org.junit.jupiter.api.Test;

class CaseLifecycleTests {

	static final Deadlines deadlines = TestDeadlines.INSTANCE;

	static final Performer citizen = new Performer(1, "CITIZEN");

	static final Performer inspector = new Performer(2, "INSPECTOR");

	static final Performer shiftLeader = new Performer(3, "SHIFT_LEADER");

	static final Performer dispatcher = new Performer(4, "DISPATCHER");

	static final Performer handler = new Performer(5, "HANDLER");

	static final Performer officer = new Performer(6, "OFFICER");

	/** Monday 2026-11-23 10:00 in Huaibei. */
	static final Instant MONDAY_10 = at("2026-11-23T10:00+08:00");

	static Instant at(String offsetDateTime) {
		return ZonedDateTime.parse(offsetDateTime).toInstant();
	}

	private static final java.util.concurrent.atomic.AtomicLong numbers = new java.util.concurrent.atomic.AtomicLong(
			System.currentTimeMillis());

	/** Unique case numbers: the test database is shared by every test of the run. */
	static String number() {
		return "T" + numbers.incrementAndGet();
	}

	static Case citizenReport() {
		return Case.report(number(), report(Channel.CITIZEN_APP), citizen, MONDAY_10, deadlines);
	}

	static NewCase report(Channel channel) {
		return new NewCase(channel, "E0102", "路边暴露垃圾", new GeoPoint(33.955, 116.798),
				new CaseLocation("340603001006070", "340603001006", "340603001", "340603"), 1L, null, List.of("p1"));
	}

	/** A citizen's case taken up to dispatch to 环卫处 with a 4 工作时 limit. */
	static Case dispatched() {
		Case c = citizenReport();
		c.verify(inspector, null, "属实", MONDAY_10, deadlines);
		c.file(shiftLeader, "SANITATION", null, MONDAY_10, deadlines);
		c.dispatch(dispatcher, "SANITATION", List.of(), workHours("4"), null, MONDAY_10, deadlines);
		return c;
	}

	@Test
	void aCitizenReportWaitsForVerificationOnAOneWorkingHourClock() {
		Case c = citizenReport();
		assertThat(c.status()).isEqualTo(CaseStatus.REPORTED);
		assertThat(c.clock().stage()).isEqualTo(Stage.VERIFY);
		assertThat(c.clock().deadline()).isEqualTo(at("2026-11-23T11:00+08:00"));
		assertThat(c.changes()).singleElement().satisfies(t -> {
			assertThat(t.action()).isEqualTo(Action.REPORT);
			assertThat(t.from()).isNull();
			assertThat(t.to()).isEqualTo(CaseStatus.REPORTED);
			assertThat(t.attachments()).containsExactly("p1");
		});
	}

	@Test
	void anInspectorsReportNeedsNoVerificationAndWaitsToBeFiled() {
		Case c = Case.report(number(), report(Channel.INSPECTOR), inspector, MONDAY_10, deadlines);
		assertThat(c.status()).isEqualTo(CaseStatus.VERIFIED);
		assertThat(c.clock().stage()).isEqualTo(Stage.FILE);
		assertThat(c.clock().deadline()).isEqualTo(at("2026-11-23T10:30+08:00"));
	}

	@Test
	void goesFromReportToAnswerBackAndRecordsEveryStep() {
		Case c = dispatched();
		assertThat(c.clock().deadline()).as("4 工作时 from Monday 10:00").isEqualTo(at("2026-11-23T16:00+08:00"));
		c.reportHandled(handler, "已清运", List.of("after"), MONDAY_10.plusSeconds(3600), deadlines);
		c.passCheck(inspector, null, List.of("check"), MONDAY_10.plusSeconds(7200), deadlines);
		c.close(shiftLeader, null, MONDAY_10.plusSeconds(7300), deadlines);
		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.clock().stage()).isEqualTo(Stage.ANSWER_BACK);
		assertThat(c.closedAt()).isNotNull();
		c.feedback(citizen, Satisfaction.SATISFIED, "谢谢", MONDAY_10.plusSeconds(7400), deadlines);
		assertThat(c.status()).isEqualTo(CaseStatus.ANSWERED);
		assertThat(c.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
		assertThat(c.changes()).extracting(Transition::action).containsExactly(Action.REPORT, Action.VERIFY,
				Action.FILE, Action.DISPATCH, Action.HANDLE, Action.CHECK_PASS, Action.CLOSE, Action.FEEDBACK);
		assertThat(c.changes()).extracting(Transition::to).containsExactly(CaseStatus.REPORTED, CaseStatus.VERIFIED,
				CaseStatus.FILED, CaseStatus.DISPATCHED, CaseStatus.HANDLED, CaseStatus.CHECKED, CaseStatus.CLOSED,
				CaseStatus.ANSWERED);
		assertThat(c.changes().get(3).from()).isEqualTo(CaseStatus.FILED);
	}

	@Test
	void rejectsFilingAReportThatIsNotVerified() {
		Case c = citizenReport();
		assertThatThrownBy(() -> c.file(shiftLeader, "SANITATION", null, MONDAY_10, deadlines))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("REPORTED");
		assertThat(c.changes()).hasSize(1);
	}

	@Test
	void voidingNeedsAReasonAndEndsTheCase() {
		Case c = citizenReport();
		assertThatThrownBy(() -> c.voidCase(shiftLeader, " ", MONDAY_10)).isInstanceOf(IllegalArgumentException.class);
		c.voidCase(shiftLeader, "非城管职责", MONDAY_10);
		assertThat(c.status()).isEqualTo(CaseStatus.VOIDED);
		assertThat(c.status().isOpen()).isFalse();
		assertThat(c.clock().isRunning()).isFalse();
	}

	@Test
	void verificationMayCorrectTheCategory() {
		Case c = citizenReport();
		c.verify(inspector, "E0103", "实为积存渣土", MONDAY_10, deadlines);
		assertThat(c.categoryCode()).isEqualTo("E0103");
		assertThat(c.changes().get(1).detail()).contains("E0102 → E0103");
	}

	@Test
	void anApprovedReturnSendsTheCaseBackToBeDispatchedAgain() {
		Case c = dispatched();
		c.requestReturn(handler, "不属本部门", MONDAY_10);
		assertThat(c.pendingRequest()).isEqualTo(PendingRequest.RETURN);
		c.decideReturn(dispatcher, true, null, MONDAY_10, deadlines);
		assertThat(c.status()).isEqualTo(CaseStatus.FILED);
		assertThat(c.leadDepartment()).isNull();
		assertThat(c.counters().returns()).isEqualTo(1);
		assertThat(c.clock().stage()).isEqualTo(Stage.DISPATCH);
	}

	@Test
	void aRejectedReturnLeavesTheCaseWithItsDepartment() {
		Case c = dispatched();
		c.requestReturn(handler, "不属本部门", MONDAY_10);
		c.decideReturn(dispatcher, false, "属于环卫职责", MONDAY_10, deadlines);
		assertThat(c.status()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(c.leadDepartment()).isEqualTo("SANITATION");
		assertThat(c.pendingRequest()).isEqualTo(PendingRequest.NONE);
	}

	@Test
	void anApprovedExtensionMovesTheDeadlineOutByTheRequestedWorkingTime() {
		Case c = dispatched();
		c.requestExtension(handler, workHours("2"), "需调配车辆", MONDAY_10);
		c.decideExtension(dispatcher, true, null, MONDAY_10, deadlines);
		assertThat(c.clock().deadline()).as("16:00 + 2 工作时 crosses 17:30").isEqualTo(at("2026-11-24T09:00+08:00"));
		assertThat(c.counters().extensions()).isEqualTo(1);
	}

	@Test
	void onlyOneRequestMayWaitAtATime() {
		Case c = dispatched();
		c.requestShelving(handler, "需专项资金", MONDAY_10);
		assertThatThrownBy(() -> c.requestExtension(handler, workHours("2"), "x", MONDAY_10))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("already pending");
		assertThatThrownBy(() -> c.reportHandled(handler, null, List.of("a"), MONDAY_10, deadlines))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void aShelvedCaseStopsItsClockAndCanStillBeHandledLater() {
		Case c = dispatched();
		c.requestShelving(handler, "需专项资金", MONDAY_10);
		c.decideShelving(dispatcher, true, null, MONDAY_10);
		assertThat(c.status()).isEqualTo(CaseStatus.SHELVED);
		assertThat(c.clock().isRunning()).isFalse();
		assertThat(c.clock().deadline()).isNull();
		c.reportHandled(handler, "资金到位后处置", List.of("after"), MONDAY_10.plusSeconds(86_400 * 30), deadlines);
		assertThat(c.status()).isEqualTo(CaseStatus.HANDLED);
	}

	@Test
	void reportingHandledNeedsAnAfterPhoto() {
		Case c = dispatched();
		assertThatThrownBy(() -> c.reportHandled(handler, null, List.of(), MONDAY_10, deadlines))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("photo");
	}

	@Test
	void aFailedCheckSendsTheCaseBackToTheSameDepartmentOnAFreshLimit() {
		Case c = dispatched();
		c.reportHandled(handler, null, List.of("after"), MONDAY_10, deadlines);
		Instant tuesday = at("2026-11-24T09:00+08:00");
		c.failCheck(inspector, "仍有垃圾", List.of("still"), tuesday, deadlines);
		assertThat(c.status()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(c.leadDepartment()).isEqualTo("SANITATION");
		assertThat(c.counters().rework()).isEqualTo(1);
		assertThat(c.clock().deadline()).isEqualTo(at("2026-11-24T15:00+08:00"));
	}

	@Test
	void anInspectorsClosedCaseHasNoAnswerBack() {
		Case c = Case.report(number(), report(Channel.INSPECTOR), inspector, MONDAY_10, deadlines);
		c.file(shiftLeader, "SANITATION", null, MONDAY_10, deadlines);
		c.dispatch(dispatcher, "SANITATION", null, workHours("4"), null, MONDAY_10, deadlines);
		c.reportHandled(handler, null, List.of("a"), MONDAY_10, deadlines);
		c.passCheck(inspector, null, List.of("b"), MONDAY_10, deadlines);
		c.close(shiftLeader, null, MONDAY_10, deadlines);
		assertThat(c.clock().isRunning()).isFalse();
		assertThatThrownBy(() -> c.feedback(citizen, Satisfaction.SATISFIED, null, MONDAY_10, deadlines))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void anUnsatisfiedCitizenReopensTheCaseToTheCommunityTeam() {
		Case c = dispatched();
		c.reportHandled(handler, null, List.of("a"), MONDAY_10, deadlines);
		c.passCheck(inspector, null, List.of("b"), MONDAY_10, deadlines);
		c.close(shiftLeader, null, MONDAY_10, deadlines);
		c.feedback(citizen, Satisfaction.UNSATISFIED, "又有垃圾了", MONDAY_10, deadlines);
		assertThat(c.status()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(c.communityTeam()).isTrue();
		assertThat(c.leadDepartment()).isNull();
		assertThat(c.counters().reopens()).isEqualTo(1);
		assertThat(c.closedAt()).isNull();
		assertThat(c.clock().stage()).isEqualTo(Stage.HANDLE);
		assertThatThrownBy(() -> c.requestReturn(officer, "x", MONDAY_10)).isInstanceOf(IllegalTransitionException.class);
		c.reportHandled(officer, "社区已清理", List.of("c"), MONDAY_10, deadlines);
		assertThat(c.status()).isEqualTo(CaseStatus.HANDLED);
	}

	@Test
	void urgingAndSupervisionLeaveTheStateAsItIs() {
		Case c = dispatched();
		c.urge(dispatcher, "请尽快处置", MONDAY_10);
		c.supervise(new Performer(9, "LEADER"), "督办", MONDAY_10);
		assertThat(c.status()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(c.counters().urge()).isEqualTo(1);
		assertThat(c.supervised()).isTrue();
		Transition urge = c.changes().get(c.changes().size() - 2);
		assertThat(urge.from()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(urge.to()).isEqualTo(CaseStatus.DISPATCHED);
	}

	@Test
	void aDuplicateFollowsItsMasterUntilUnlinked() {
		Case master = dispatched();
		Case master1 = withId(master, 100L);
		Case copy = withId(citizenReport(), 101L);
		copy.linkAsDuplicateOf(new Performer(7, "OPERATOR"), master1, null, MONDAY_10);
		assertThat(copy.status()).isEqualTo(CaseStatus.DUPLICATE);
		assertThat(copy.masterCaseId()).isEqualTo(100L);
		assertThatThrownBy(() -> copy.verify(inspector, null, null, MONDAY_10, deadlines))
			.isInstanceOf(IllegalTransitionException.class);
		copy.unlinkDuplicate(new Performer(7, "OPERATOR"), "并非同一问题", MONDAY_10, deadlines);
		assertThat(copy.status()).isEqualTo(CaseStatus.REPORTED);
		assertThat(copy.masterCaseId()).isNull();
	}

	@Test
	void aDeadlineMarkForAStageTheCaseHasLeftIsIgnored() {
		Case c = citizenReport();
		Instant verifyStarted = c.clock().startedAt();
		c.verify(inspector, null, null, MONDAY_10.plusSeconds(60), deadlines);
		assertThat(c.warn(Stage.VERIFY, verifyStarted, WarningLevel.RED, MONDAY_10.plusSeconds(3600))).isFalse();
		assertThat(c.warn(Stage.FILE, c.clock().startedAt(), WarningLevel.YELLOW, MONDAY_10.plusSeconds(1500))).isTrue();
		assertThat(c.warn(Stage.FILE, c.clock().startedAt(), WarningLevel.YELLOW, MONDAY_10.plusSeconds(1600)))
			.as("a colour is marked once").isFalse();
		assertThat(c.clock().warning()).isEqualTo(WarningLevel.YELLOW);
	}

	@Test
	void aSelfHandledCaseIsClosedAtOnceWithItsAfterPhotos() {
		Case c = Case.selfHandled(number(), report(Channel.INSPECTOR), inspector, List.of("after"), MONDAY_10);
		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.changes()).singleElement().satisfies(t -> {
			assertThat(t.action()).isEqualTo(Action.SELF_HANDLE);
			assertThat(t.attachments()).containsExactly("p1", "after");
		});
		assertThatThrownBy(() -> Case.selfHandled(number(), report(Channel.INSPECTOR), inspector, List.of(), MONDAY_10))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Case.selfHandled(number(), report(Channel.CITIZEN_APP), citizen, List.of("a"), MONDAY_10))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/** The same case as if stored with an id (the repository's reconstitution). */
	static Case withId(Case c, long id) {
		return new Case(id, 1, c.number(), c.status(), c.channel(), c.categoryCode(), c.description(), c.location(),
				c.region(), c.reporterId(), c.contact(), c.reportedAt(), c.proposedDepartment(), c.leadDepartment(),
				c.assistingDepartments(), c.communityTeam(), c.handlingLimit(), c.clock(), c.pendingRequest(),
				c.requestedExtension(), c.counters(), c.supervised(), c.satisfaction(), c.masterCaseId(), c.closedAt(),
				c.subject());
	}
}
