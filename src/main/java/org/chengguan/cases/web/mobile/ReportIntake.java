package org.chengguan.cases.web.mobile;

import java.util.List;

import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseManagement.Reported;
import org.chengguan.cases.CaseSubject;
import org.chengguan.cases.CaseSubjects;
import org.chengguan.cases.Channel;
import org.chengguan.cases.ReportCommand;
import org.chengguan.cases.photos.PhotoProperties;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.chengguan.geo.Crs;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.UnprocessableException;
import org.chengguan.regions.RegionDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Files a report from the mobile form. The form's mistakes are found here first, so that each is told in the
 * page's language next to the field concerned; the cases module then checks everything again and files the case,
 * idempotently under the form's key.
 */
@Component
class ReportIntake {

	static final int MAX_DESCRIPTION = 4000;

	private static final int MAX_KEY = 200;

	private final CaseManagement cases;

	private final CatalogueManagement catalogue;

	private final RegionDirectory regions;

	private final int maxPhotos;

	ReportIntake(CaseManagement cases, CatalogueManagement catalogue, RegionDirectory regions,
			PhotoProperties photos) {
		this.cases = cases;
		this.catalogue = catalogue;
		this.regions = regions;
		this.maxPhotos = photos.maxPerStep();
	}

	int maxPhotos() {
		return maxPhotos;
	}

	/**
	 * Files the report on the channel (the citizen's 随手拍 or the inspector's patrol); a retry under the same key
	 * answers with the case the first call filed.
	 *
	 * @throws Refusal when the form or the key cannot be accepted
	 */
	Reported submit(Actor actor, Channel channel, ReportForm form, String key) {
		if (key != null && (key.isBlank() || key.length() > MAX_KEY)) {
			throw new Refusal(HttpStatus.BAD_REQUEST, null, "mobile.error.key");
		}
		boolean selfHandled = channel == Channel.INSPECTOR && form.selfHandled();
		check(form, selfHandled);
		ReportCommand command = new ReportCommand(form.categoryCode(), form.description(), form.lat(), form.lon(),
				crs(form), channel, form.photoIds(), null, null, selfHandled,
				selfHandled ? form.afterPhotoIds() : List.of(), form.subject());
		try {
			return cases.report(actor, command, key);
		}
		catch (ConflictException e) {
			throw new Refusal(HttpStatus.CONFLICT, null, "mobile.error.keyConflict");
		}
		catch (UnprocessableException e) {
			throw new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "location", "mobile.error.outside");
		}
		catch (InvalidInputException e) {
			throw new Refusal(HttpStatus.BAD_REQUEST, null, "mobile.error.rejected", e.getMessage());
		}
		catch (ForbiddenException e) {
			throw new Refusal(HttpStatus.FORBIDDEN, null, "mobile.error.forbidden");
		}
	}

	private void check(ReportForm form, boolean selfHandled) {
		if (form.subject() != null && !form.subject().isBlank() && subject(form.subject()).isEmpty()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, null, "mobile.error.subject");
		}
		if (catalogue.category(form.categoryCode()).filter(Category::active).isEmpty()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "category", "mobile.error.category");
		}
		String description = form.description() == null ? "" : form.description().strip();
		if (description.isEmpty()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "description", "mobile.error.description");
		}
		if (description.length() > MAX_DESCRIPTION) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "description", "mobile.error.descriptionTooLong",
					MAX_DESCRIPTION, description.length());
		}
		if (regions.locate(point(form)).isEmpty()) {
			throw new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "location", "mobile.error.outside");
		}
		if (form.photoIds().size() > maxPhotos) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "photos", "mobile.error.tooManyPhotos", maxPhotos);
		}
		if (selfHandled && form.afterPhotoIds().isEmpty()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "afterPhotos", "mobile.error.afterPhoto");
		}
		if (selfHandled && form.afterPhotoIds().size() > maxPhotos) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "afterPhotos", "mobile.error.tooManyPhotos", maxPhotos);
		}
	}

	/** The thing a reference names (a facility…), if it exists; empty for a reference that names nothing. */
	java.util.Optional<CaseSubjects.Subject> subject(String reference) {
		try {
			return cases.subject(CaseSubject.parse(reference));
		}
		catch (IllegalArgumentException e) {
			return java.util.Optional.empty();
		}
	}

	/** The form's point in WGS-84. */
	private static GeoPoint point(ReportForm form) {
		if (form.lat() == null || form.lon() == null) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "location", "mobile.error.location");
		}
		Crs system;
		try {
			system = Crs.parse(crs(form));
		}
		catch (IllegalArgumentException e) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "location", "mobile.error.crs");
		}
		try {
			return system.toWgs84(form.lat(), form.lon());
		}
		catch (IllegalArgumentException e) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "location", "mobile.error.location");
		}
	}

	private static String crs(ReportForm form) {
		return form.crs() == null || form.crs().isBlank() ? "wgs84" : form.crs();
	}
}
