package org.chengguan.facilities.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.chengguan.facilities.stalls.PitchApplication;
import org.chengguan.worktime.WorkingTime;

/**
 * A pitch application as the pages show it: the dates as the city reads them. The applicant's name and phone are
 * filled only for the officers' page.
 *
 * @param free the pitches free for the whole period (officers' page, pending only)
 * @param suggested the pitch the picker starts on: the preferred one if free, else the first free one
 */
record PitchView(long id, String area, String areaType, String from, String to, List<String> goods,
		Integer preferredPitch, String state, Integer pitch, String reason, String appliedAt, String decidedAt,
		String applicantName, String phone, List<Integer> free, Integer suggested) {

	static PitchView forApplicant(PitchApplication a, WorkingTime time) {
		return of(a, time, null, null, List.of());
	}

	static PitchView forOfficer(PitchApplication a, WorkingTime time, String applicantName, List<Integer> free) {
		return of(a, time, applicantName, a.contactPhone(), free);
	}

	private static PitchView of(PitchApplication a, WorkingTime time, String name, String phone, List<Integer> free) {
		Integer suggested = a.preferredPitch() != null && free.contains(a.preferredPitch()) ? a.preferredPitch()
				: free.isEmpty() ? null : free.get(0);
		return new PitchView(a.id(), a.area().name(), a.area().type().name(), a.from().toString(), a.to().toString(),
				a.goods(), a.preferredPitch(), a.state().name(), a.pitch(), a.reason(), format(a.appliedAt(), time),
				format(a.decidedAt(), time), name, phone, free, suggested);
	}

	private static String format(Instant at, WorkingTime time) {
		return at == null ? null : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(time.zone()).format(at);
	}
}
