package org.chengguan.facilities.stalls;

import java.time.LocalDate;
import java.util.List;

/**
 * What a vendor asks for; checked against the area by {@code PitchRequestRules}.
 *
 * @param goods what they will sell: each one of the area's goods allowed
 * @param from the first day, not before today (the city's calendar)
 * @param to the last day (included), at most {@value PitchRequestRules#MAX_DAYS} days after {@code from}
 * @param preferredPitch optional: the pitch they would like, 1 to the area's pitches
 * @param contactPhone a mainland mobile number the officer can call (personal data)
 */
public record NewPitchApplication(List<String> goods, LocalDate from, LocalDate to, Integer preferredPitch,
		String contactPhone) {

	public NewPitchApplication {
		goods = goods == null ? List.of() : goods.stream().map(g -> g == null ? "" : g.strip()).distinct().toList();
		contactPhone = contactPhone == null ? null : contactPhone.strip();
	}
}
