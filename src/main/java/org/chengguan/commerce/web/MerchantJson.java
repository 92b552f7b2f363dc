package org.chengguan.commerce.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chengguan.commerce.internal.Agreement;
import org.chengguan.commerce.internal.Duty;
import org.chengguan.commerce.internal.Masking;
import org.chengguan.commerce.internal.Merchant;
import org.chengguan.commerce.internal.StarRating;
import org.chengguan.commerce.internal.Visit;

/**
 * A merchant as the API shows it. {@code owner} is personal data: in full on the record for staff of its region,
 * masked in staff lists, absent for everyone else (the owner included). The record also carries the storefront
 * agreement, the joint visits and the latest star rating with its reasons: one record.
 */
record MerchantJson(long id, String name, String licenceNumber, String businessCategory, Owner owner, String address,
		double lat, double lon, String regionCode, String communityCode, String streetCode, String frontage,
		Integer frontageMetres, Long complexId, Long allianceId, int version, AgreementJson agreement,
		List<VisitJson> visits, StarJson stars) {

	/** The owner's personal data; {@code masked} says whether it is shown masked. */
	record Owner(String name, String phone, String idNumber, boolean masked) {
	}

	record AgreementJson(LocalDate signedOn, List<Duty> duties, Instant recordedAt) {

		static AgreementJson of(Agreement a) {
			return a == null ? null : new AgreementJson(a.signedOn(), a.duties(), a.recordedAt());
		}
	}

	record VisitJson(long id, Long planId, Instant visitedAt, String complaint, String note, List<String> bodyCodes,
			long failedItems, List<Visit.Result> results) {

		static VisitJson of(Visit v) {
			return new VisitJson(v.id(), v.planId(), v.visitedAt(), v.complaintRef(), v.note(), v.bodyCodes(),
					v.failedItems(), v.results());
		}
	}

	record StarJson(long periodId, String period, LocalDate startsOn, LocalDate endsOn, int score, int stars,
			List<StarRating.Reason> reasons) {

		static StarJson of(StarRating r) {
			return r == null ? null
					: new StarJson(r.periodId(), r.periodName(), r.startsOn(), r.endsOn(), r.score(), r.stars(),
							r.reasons());
		}
	}

	enum View {
		/** staff of the merchant's region, on its own record */
		FULL,
		/** a staff list */
		MASKED,
		/** the owner or anyone else who is not staff */
		NONE
	}

	static MerchantJson of(Merchant m, View view, Agreement agreement, List<Visit> visits, StarRating stars) {
		Owner owner = switch (view) {
			case FULL -> new Owner(m.ownerName(), m.ownerPhone(), m.ownerIdNumber(), false);
			case MASKED -> new Owner(Masking.name(m.ownerName()), Masking.phone(m.ownerPhone()),
					Masking.idNumber(m.ownerIdNumber()), true);
			case NONE -> null;
		};
		return new MerchantJson(m.id(), m.name(), m.licenceNumber(), m.businessCategory(), owner, m.address(),
				m.location().lat(), m.location().lon(), m.regionCode(), m.communityCode(), m.streetCode(), m.frontage(),
				m.frontageMetres(), m.complexId(), m.allianceId(), m.version(), AgreementJson.of(agreement),
				visits == null ? null : visits.stream().map(VisitJson::of).toList(), StarJson.of(stars));
	}
}
