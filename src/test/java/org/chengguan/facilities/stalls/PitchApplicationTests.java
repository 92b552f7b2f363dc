package org.chengguan.facilities.stalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chengguan.facilities.FacilityType;
import org.chengguan.facilities.OpeningHours;
import org.chengguan.identity.Role;
import org.chengguan.platform.ConflictException;
import org.junit.jupiter.api.Test;

class PitchApplicationTests {

	static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

	static final StallArea AREA = new StallArea(1, "相南测试摊群点", FacilityType.STALL_AREA, "340603001", "340603001006",
			OpeningHours.ALWAYS, 10, List.of("蔬菜"));

	static PitchApplication pending() {
		PitchApplication applied = PitchApplication.apply(AREA, 42, new NewPitchApplication(List.of("蔬菜"),
				LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), 3, "13800138000"), NOW);
		// as the store reads it back: stored, with no steps pending
		return new PitchApplication(9L, 1, AREA, 42, applied.contactPhone(), applied.goods(), applied.from(),
				applied.to(), applied.preferredPitch(), applied.state(), null, null, NOW, null, null);
	}

	@Test
	void aNewApplicationIsPendingAndRecordsWhoApplied() {
		PitchApplication applied = PitchApplication.apply(AREA, 42, new NewPitchApplication(List.of("蔬菜"),
				LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), null, "13800138000"), NOW);
		assertThat(applied.state()).isEqualTo(PitchApplicationState.PENDING);
		assertThat(applied.changes()).containsExactly(
				new PitchStep(PitchStep.Action.APPLIED, 42, Role.CITIZEN, NOW, null, null));
	}

	@Test
	void approvingGivesThePitchAndRecordsTheOfficer() {
		PitchApplication a = pending();
		a.approve(7, 4, NOW.plusSeconds(60));
		assertThat(a.state()).isEqualTo(PitchApplicationState.APPROVED);
		assertThat(a.pitch()).isEqualTo(4);
		assertThat(a.decidedBy()).isEqualTo(7L);
		assertThat(a.decidedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(a.changes()).containsExactly(
				new PitchStep(PitchStep.Action.APPROVED, 7, Role.OFFICER, NOW.plusSeconds(60), 4, null));
	}

	@Test
	void rejectingKeepsTheReason() {
		PitchApplication a = pending();
		a.reject(7, "经营品种不符", NOW);
		assertThat(a.state()).isEqualTo(PitchApplicationState.REJECTED);
		assertThat(a.reason()).isEqualTo("经营品种不符");
		assertThat(a.pitch()).isNull();
	}

	@Test
	void withdrawingIsTheApplicantsStep() {
		PitchApplication a = pending();
		a.withdraw(NOW);
		assertThat(a.state()).isEqualTo(PitchApplicationState.WITHDRAWN);
		assertThat(a.decidedBy()).isEqualTo(42L);
		assertThat(a.changes()).extracting(PitchStep::action).containsExactly(PitchStep.Action.WITHDRAWN);
	}

	@Test
	void refusesEveryChangeOnceDecided() {
		PitchApplication a = pending();
		a.approve(7, 4, NOW);
		assertThatThrownBy(() -> a.reject(7, "晚了", NOW)).isInstanceOf(ConflictException.class).hasMessageContaining("APPROVED");
		assertThatThrownBy(() -> a.withdraw(NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> a.approve(8, 5, NOW)).isInstanceOfSatisfying(ConflictException.class,
				e -> assertThat(e.properties()).containsEntry("currentState", "APPROVED"));
		assertThat(a.pitch()).isEqualTo(4);
		assertThat(a.changes()).hasSize(1);
	}
}
