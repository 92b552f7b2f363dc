package org.chengguan.citizens.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.chengguan.cases.Action;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.CaseTransitioned;
import org.chengguan.cases.Channel;
import org.chengguan.cases.Stage;
import org.chengguan.citizens.NotificationKind;
import org.junit.jupiter.api.Test;

class NotificationRulesTests {

	static CaseTransitioned transition(Action action, CaseStatus from, CaseStatus to, Channel channel) {
		return new CaseTransitioned(1, "20260301000001", action, from, to, Instant.parse("2026-03-01T02:00:00Z"), 9,
				"SHIFT_LEADER", "E0102", "340603001006001", "SANITATION", Stage.DISPATCH, null, 5L, "原因", channel);
	}

	static NotificationKind kind(Action action, CaseStatus from, CaseStatus to) {
		return NotificationRules.kindFor(transition(action, from, to, Channel.CITIZEN_APP), true).orElse(null);
	}

	@Test
	void tellsOfFilingVoidingDispatchAndHandling() {
		assertThat(kind(Action.FILE, CaseStatus.VERIFIED, CaseStatus.FILED)).isEqualTo(NotificationKind.FILED);
		assertThat(kind(Action.VOID, CaseStatus.VERIFIED, CaseStatus.VOIDED)).isEqualTo(NotificationKind.VOIDED);
		assertThat(kind(Action.DISPATCH, CaseStatus.FILED, CaseStatus.DISPATCHED))
			.isEqualTo(NotificationKind.DISPATCHED);
		assertThat(kind(Action.HANDLE, CaseStatus.DISPATCHED, CaseStatus.HANDLED)).isEqualTo(NotificationKind.HANDLED);
	}

	@Test
	void asksTheReporterOfACitizensCaseToRateItWhenItCloses() {
		var close = transition(Action.CLOSE, CaseStatus.CHECKED, CaseStatus.CLOSED, Channel.CITIZEN_APP);
		assertThat(NotificationRules.kindFor(close, true)).contains(NotificationKind.RATE_REQUEST);
		assertThat(NotificationRules.kindFor(close, false)).as("a duplicate's reporter cannot rate the master")
			.contains(NotificationKind.CLOSED);
		var hotline = transition(Action.CLOSE, CaseStatus.CHECKED, CaseStatus.CLOSED, Channel.HOTLINE);
		assertThat(NotificationRules.kindFor(hotline, true)).contains(NotificationKind.RATE_REQUEST);
	}

	@Test
	void onlyTellsOfTheClosingOfAnInspectorsCase() {
		var close = transition(Action.CLOSE, CaseStatus.CHECKED, CaseStatus.CLOSED, Channel.INSPECTOR);
		assertThat(NotificationRules.kindFor(close, true)).contains(NotificationKind.CLOSED);
	}

	@Test
	void tellsOfAReopeningAfterAnUnsatisfiedRatingButNotOfASatisfiedOne() {
		assertThat(kind(Action.FEEDBACK, CaseStatus.CLOSED, CaseStatus.DISPATCHED)).isEqualTo(NotificationKind.REOPENED);
		assertThat(kind(Action.FEEDBACK, CaseStatus.CLOSED, CaseStatus.ANSWERED)).isNull();
	}

	@Test
	void tellsOfALinkAsADuplicate() {
		assertThat(kind(Action.LINK_DUPLICATE, CaseStatus.REPORTED, CaseStatus.DUPLICATE))
			.isEqualTo(NotificationKind.DUPLICATE);
	}

	@Test
	void keepsTheInternalStepsToTheStaff() {
		for (Action internal : new Action[] { Action.REPORT, Action.VERIFY, Action.REQUEST_RETURN,
				Action.APPROVE_RETURN, Action.REQUEST_EXTENSION, Action.APPROVE_EXTENSION, Action.REQUEST_SHELVING,
				Action.APPROVE_SHELVING, Action.CHECK_PASS, Action.CHECK_FAIL, Action.URGE, Action.SUPERVISE,
				Action.UNLINK_DUPLICATE, Action.WARN }) {
			assertThat(NotificationRules.mayNotify(internal)).as(internal.name()).isFalse();
			assertThat(kind(internal, CaseStatus.DISPATCHED, CaseStatus.FILED)).as(internal.name()).isNull();
		}
	}
}
