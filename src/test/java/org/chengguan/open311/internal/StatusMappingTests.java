package org.chengguan.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.chengguan.cases.CaseStatus;
import org.chengguan.open311.internal.StatusMapping.Extended;
import org.junit.jupiter.api.Test;

class StatusMappingTests {

	@Test
	void mapsEveryLifecycleStateAsDocumented() {
		Map<CaseStatus, String> expected = new EnumMap<>(CaseStatus.class);
		expected.put(CaseStatus.REPORTED, "open/OPEN");
		expected.put(CaseStatus.VERIFIED, "open/INVESTIGATING");
		expected.put(CaseStatus.FILED, "open/ACTION_SCHEDULED");
		expected.put(CaseStatus.DISPATCHED, "open/IN_PROGRESS");
		expected.put(CaseStatus.SHELVED, "open/ACTION_SCHEDULED");
		expected.put(CaseStatus.HANDLED, "open/IN_PROGRESS");
		expected.put(CaseStatus.CHECKED, "open/IN_PROGRESS");
		expected.put(CaseStatus.CLOSED, "closed/FIXED");
		expected.put(CaseStatus.ANSWERED, "closed/FIXED");
		expected.put(CaseStatus.VOIDED, "closed/NO_FURTHER_ACTION");
		expected.put(CaseStatus.DUPLICATE, "closed/DUPLICATE");
		assertThat(expected).hasSize(CaseStatus.values().length);
		expected.forEach((status, mapped) -> assertThat(
				StatusMapping.open311(status) + "/" + StatusMapping.extended(status)).as(status.name()).isEqualTo(mapped));
	}

	@Test
	void closedIsExactlyWhatThePlatformCountsAsEndedAndEveryClosedStatusSaysHowItEnded() {
		Set<Extended> ending = Set.of(Extended.FIXED, Extended.DUPLICATE, Extended.NO_FURTHER_ACTION);
		for (CaseStatus status : CaseStatus.values()) {
			assertThat(StatusMapping.open311(status)).isEqualTo(status.isOpen() ? "open" : "closed");
			assertThat(ending.contains(StatusMapping.extended(status))).as(status.name()).isEqualTo(!status.isOpen());
		}
	}
}
