package org.chengguan.commerce.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A rating period (评定周期): open until a leader closes it after its end, which computes the stars. */
public record RatingPeriod(long id, String name, LocalDate startsOn, LocalDate endsOn, String status,
		Instant closedAt) {

	public boolean closed() {
		return "CLOSED".equals(status);
	}
}
