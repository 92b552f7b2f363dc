package org.chengguan.facilities.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.chengguan.facilities.stalls.PitchApplication;
import org.chengguan.facilities.stalls.VendorRegistration;
import org.chengguan.worktime.WorkingTime;

/**
 * A pitch application as the pages show it: the dates as the city reads them. The applicant's name and phone are
 * filled only for the officers' page, with the vendor's registration (摊贩登记): its name, phone and ID card number
 * masked, goods and state.
 *
 * @param free the pitches free for the whole period (officers' page, pending only)
 * @param suggested the pitch the picker starts on: the preferred one if free, else the first free one
 * @param vendor the applicant's registration (officers' page only; null elsewhere or if none)
 */
record PitchView(long id, long areaId, String area, String areaType, String from, String to, List<String> goods,
		Integer preferredPitch, String state, Integer pitch, String reason, String appliedAt, String decidedAt,
		String applicantName, String phone, List<Integer> free, Integer suggested, VendorView vendor) {

	/** The registration as an officer sees it: the phone and the ID card number masked. */
	record VendorView(long id, String name, String maskedPhone, String maskedIdNumber, List<String> goods,
			String state, String decidedAt) {

		static VendorView of(VendorRegistration v, WorkingTime time) {
			return v == null ? null
					: new VendorView(v.id(), v.name(), v.maskedPhone(), v.maskedIdNumber(), v.goods(), v.state().name(),
							format(v.decidedAt(), time));
		}
	}

	static PitchView forApplicant(PitchApplication a, WorkingTime time) {
		return of(a, time, null, null, List.of(), null);
	}

	static PitchView forOfficer(PitchApplication a, WorkingTime time, String applicantName, List<Integer> free,
			VendorRegistration vendor) {
		return of(a, time, applicantName, a.contactPhone(), free, VendorView.of(vendor, time));
	}

	private static PitchView of(PitchApplication a, WorkingTime time, String name, String phone, List<Integer> free,
			VendorView vendor) {
		Integer suggested = a.preferredPitch() != null && free.contains(a.preferredPitch()) ? a.preferredPitch()
				: free.isEmpty() ? null : free.get(0);
		return new PitchView(a.id(), a.area().id(), a.area().name(), a.area().type().name(), a.from().toString(),
				a.to().toString(), a.goods(), a.preferredPitch(), a.state().name(), a.pitch(), a.reason(),
				format(a.appliedAt(), time), format(a.decidedAt(), time), name, phone, free, suggested, vendor);
	}

	static String format(Instant at, WorkingTime time) {
		return at == null ? null : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(time.zone()).format(at);
	}
}
