package org.chengguan.commerce.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The signed storefront responsibility agreement (门前责任书): when it was signed and the duties ticked. */
public record Agreement(LocalDate signedOn, List<Duty> duties, long recordedBy, Instant recordedAt) {

	public Agreement {
		duties = List.copyOf(duties);
	}
}
